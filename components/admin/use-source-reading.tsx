"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { SourceOption } from "@/lib/data/sources/source-option";

/** What the citation picker says under its field: the source it names, with the way to its edit page. */
export function useSourceReading() {
  const t = useTranslations("sourcePicker");
  return {
    found: (source: SourceOption) => (
      <>
        {t("reads", { title: source.publisher ? `${source.title} · ${source.publisher}` : source.title })}{" "}
        <Link href={`/admin/sources/${encodeURIComponent(source.key)}`}>{t("edit")}</Link>
      </>
    ),
    unknown: t("unknown"),
  };
}
