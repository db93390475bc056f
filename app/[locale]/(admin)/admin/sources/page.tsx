import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { listSourcesForStaff } from "@/lib/data/sources/list-sources-for-staff";
import { parseSourceListQuery } from "@/lib/validation/source-list-query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every recorded source, a page at a time, to find and mend them: by text, or those titled only by their address. */
export default async function SourcesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const { text, addressOnly, page: request } = parseSourceListQuery(await searchParams);
  const t = await getTranslations("sourceAdmin");
  const format = await getFormatter();
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const page = await listSourcesForStaff({ page: request, text, addressOnly });
  return (
    <>
      <h1>{t("heading")}</h1>
      <form method="get" className="field-row" role="search" aria-label={t("search")}>
        <div className="field">
          <label htmlFor="sources-q">{t("search")}</label>
          <input id="sources-q" name="q" type="search" defaultValue={text} aria-describedby="sources-q-hint" />
          <p id="sources-q-hint" className="hint">
            {t("searchHint")}
          </p>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="address" value="1" defaultChecked={addressOnly} /> {t("addressOnly")}
          </label>
        </div>
        <button type="submit">{t("show")}</button>
        {text || addressOnly ? <Link href="/admin/sources">{t("clear")}</Link> : null}
      </form>
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.title")}</th>
              <th scope="col">{t("columns.publisher")}</th>
              <th scope="col">{t("columns.language")}</th>
              <th scope="col">{t("columns.entries")}</th>
              <th scope="col">{t("columns.articles")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((source) => (
              <tr key={source.key}>
                <td>
                  <Link href={`/admin/sources/${encodeURIComponent(source.key)}`} lang={source.language ?? undefined}>
                    {source.title}
                  </Link>
                  {source.url !== null && source.title === source.url ? <span className="hint"> ({t("addressTitled")})</span> : null}
                </td>
                <td>{source.publisher ?? "—"}</td>
                <td>{source.language ? (languages.of(source.language) ?? source.language) : "—"}</td>
                <td>{format.number(source.entries)}</td>
                <td>{format.number(source.articles)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager pathname="/admin/sources" query={{ q: text || undefined, address: addressOnly ? "1" : undefined }} page={page} />
    </>
  );
}
