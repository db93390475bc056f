"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TimeWindow } from "@/components/explorer/types";
import { viewportUrl } from "@/components/explorer/viewport-client";
import { Link } from "@/i18n/navigation";
import { EXPORT_EXTENSIONS, exportHref } from "@/lib/open-data/export-files";
import type { ExplorerFilters } from "@/lib/url-state/explorer-url-state";
import "./open-data.css";

export interface ExportMenuProps {
  filters: ExplorerFilters;
  /** The timeline window, when the map shows only what falls in it. */
  window: TimeWindow | null;
}

/**
 * "Export this view": the four export files of what the explorer's filters (and the time window, when
 * it filters) keep. A disclosure of plain links, so it needs no script of its own; the query is the
 * one the viewport request is made of, so the export and the view cannot read the filters apart.
 */
export function ExportMenu({ filters, window }: ExportMenuProps) {
  const t = useTranslations("openData");
  const locale = useLocale();
  const query = new URL(viewportUrl({ locale, filters, window: window ?? undefined }), "http://localhost").searchParams;
  return (
    <details className="export-menu">
      <summary>{t("exportView")}</summary>
      <div className="export-menu-panel">
        <p>{t("exportHint")}</p>
        <ul>
          {EXPORT_EXTENSIONS.map((extension) => (
            <li key={extension}>
              <a href={exportHref(extension, query)} download>
                {t(extension)}
              </a>
            </li>
          ))}
        </ul>
        <Link href="/api">{t("aboutFormats")}</Link>
      </div>
    </details>
  );
}
