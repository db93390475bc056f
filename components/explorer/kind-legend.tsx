"use client";

import { useTranslations } from "next-intl";
import { kindSymbolSvg } from "@/components/map/kind-shapes";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";

export function KindLegend() {
  const t = useTranslations("explorer");
  const kinds = useTranslations("kinds");
  return (
    <ul className="kind-legend" aria-label={t("legend")}>
      {ENTRY_KINDS.map((kind) => (
        <li key={kind} className={`kind-${kind}`}>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG, built from constants in kind-shapes.ts */}
          <span className="kind-symbol" dangerouslySetInnerHTML={{ __html: kindSymbolSvg(kind, 14) }} />
          {kinds(kind)}
        </li>
      ))}
    </ul>
  );
}
