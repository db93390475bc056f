import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { isContentLocale } from "@/lib/content/locales";
import type { ImportFormat } from "@/lib/import/import-format";
import type { ReportRow } from "@/lib/import/import-report";
import "./imports.css";

const POSITION_LABEL: Record<ImportFormat, "line" | "feature" | "placemark"> = { csv: "line", geojson: "feature", kml: "placemark" };

/** The rows of an import a person should look at: why each was refused, or which entries it may duplicate. */
export async function ImportReportTable({
  rows,
  total,
  format,
  locale,
}: {
  rows: ReportRow[];
  total: number;
  format: ImportFormat;
  locale: string;
}) {
  const t = await getTranslations("imports.job");
  if (rows.length === 0) return <p>{t("reportNone")}</p>;
  const language = isContentLocale(locale) ? locale : "en";
  return (
    <>
      {total > rows.length ? <p>{t("reportCapped", { count: rows.length })}</p> : null}
      <table className="admin-table import-report-table">
        <thead>
          <tr>
            <th scope="col">{t(POSITION_LABEL[format])}</th>
            <th scope="col">{t("row")}</th>
            <th scope="col">{t("outcome")}</th>
            <th scope="col">{t("reason")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.line}-${row.outcome}`}>
              <td>{row.line}</td>
              <td>{row.title}</td>
              <td>{t(`outcomes.${row.outcome}`)}</td>
              <td>
                {row.outcome === "failed" ? (
                  <>
                    {row.column ? <code>{row.column}</code> : null} {row.reason[language]}
                  </>
                ) : (
                  <>
                    <ul>
                      {(row.candidates ?? []).map((candidate) => (
                        <li key={candidate.slug}>
                          {t("similarTo", { distance: candidate.distanceKm })}{" "}
                          <Link href={`/admin/entries/${candidate.slug}`}>{candidate.title}</Link>
                        </li>
                      ))}
                    </ul>
                    <p>{t("curatorDecides")}</p>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
