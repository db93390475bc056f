"use client";

import { useTranslations } from "next-intl";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { kindSymbolSvg } from "@/components/map/kind-shapes";

export function KindLegend() {
  const t = useTranslations("explorer");
  const kinds = useTranslations("kinds");
  return (
    <ul className="kind-legend" aria-label={t("legend")}>
      {ENTRY_KINDS.map((kind) => (
        <li key={kind} className={`kind-${kind}`}>
          <span className="kind-symbol" dangerouslySetInnerHTML={{ __html: kindSymbolSvg(kind, 14) }} />
          {kinds(kind)}
        </li>
      ))}
    </ul>
  );
}
