import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CompareAddForm } from "@/components/compare/compare-add-form";
import { CompareViews } from "@/components/compare/compare-views";
import { RelationReason } from "@/components/entries/relation-reason";
import { Link } from "@/i18n/navigation";
import { getComparison, MAX_COMPARED } from "@/lib/data/entries/get-comparison";
import { env } from "@/lib/env";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "compare" }))("title") };
}

function slugsFrom(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(",") : (value ?? "");
  return text.split(",").filter((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug));
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("compare");
  const why = await getTranslations("compareWhy");
  const entryText = await getTranslations("entry");
  const format = await getFormatter();
  const query = await searchParams;
  const slugs = [...slugsFrom(query.entries), ...slugsFrom(query.add)];
  const { entries } = await getComparison({ slugs, locale });
  const hrefWith = (list: string[]) => ({ pathname: "/compare" as const, query: { entries: list.join(",") } });
  const current = entries.map((c) => c.entry.slug);
  const cell = (text: string | null | undefined) => (text ? text : <span className="muted">{t("notRecorded")}</span>);
  const first = entries[0]?.entry;
  // How the first monument is linked to each other one: the reason it is compared, and its source.
  const linkToFirst = (id: string) =>
    first?.relations.find((r) => r.entry.id === id && r.type === "comparable_to") ?? first?.relations.find((r) => r.entry.id === id);
  // An article about every compared monument is listed once, across the columns, not in each.
  const sharedArticles =
    entries.length > 1
      ? entries[0]!.entry.articles.filter((article) => entries.every(({ entry }) => entry.articles.some((a) => a.slug === article.slug)))
      : [];
  const shared = new Set(sharedArticles.map((a) => a.slug));

  return (
    <div className="compare-page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {entries.length === 0 ? <p role="status">{t("nothing")}</p> : null}
      {entries.length > 0 ? (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it (axe: scrollable-region-focusable) */}
          <div className="table-scroll" tabIndex={0} role="group" aria-label={t("caption")}>
            <table className="compare-table">
              <caption>{t("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("attribute")}</th>
                  {entries.map(({ entry }) => (
                    <th scope="col" key={entry.id}>
                      <Link href={`/entries/${entry.slug}`} lang={entry.titleLocale}>
                        {entry.text.title}
                      </Link>
                      {entries.length > 1 ? (
                        <>
                          {" "}
                          <Link
                            href={hrefWith(current.filter((s) => s !== entry.slug))}
                            className="remove"
                            aria-label={t("remove", { title: entry.text.title })}
                          >
                            ×
                          </Link>
                        </>
                      ) : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{why("reason")}</th>
                  {entries.map(({ entry }, index) => {
                    const link = index === 0 ? null : linkToFirst(entry.id);
                    return (
                      <td key={entry.id}>
                        {index === 0 ? (
                          <span className="muted">{why("first")}</span>
                        ) : link && (link.note || link.source) ? (
                          <RelationReason note={link.note} source={link.source} sourceLabel={entryText("source")} locale={locale} />
                        ) : (
                          <span className="muted">{why("noReason")}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
                <tr>
                  <th scope="row">{t("opened")}</th>
                  {entries.map(({ entry }) => (
                    <td key={entry.id}>{cell(entry.dateLabel)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("size")}</th>
                  {entries.map(({ entry }) => (
                    <td key={entry.id}>{cell(entry.text.dimensions)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("authors")}</th>
                  {entries.map(({ entry }) => (
                    <td key={entry.id}>{cell(entry.text.authors)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("place")}</th>
                  {entries.map(({ entry }) => (
                    <td key={entry.id}>{cell(entry.text.placeName)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("distance")}</th>
                  {entries.map(({ entry, distanceFromFirstKm }, index) => (
                    <td key={entry.id}>
                      {index === 0 ? (
                        "—"
                      ) : distanceFromFirstKm === null ? (
                        <span className="muted">{t("notOnMap")}</span>
                      ) : (
                        t("distanceKm", { km: format.number(Math.round(distanceFromFirstKm)) })
                      )}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("commemorates")}</th>
                  {entries.map(({ entry }) => {
                    const commemorated = entry.relations.filter((r) => r.type === "commemorates" && r.direction === "outgoing");
                    return (
                      <td key={entry.id}>
                        {commemorated.length ? (
                          <ul>
                            {commemorated.map((r) => (
                              <li key={r.entry.id}>
                                <Link href={`/entries/${r.entry.slug}`}>{r.entry.title}</Link>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          cell(null)
                        )}
                      </td>
                    );
                  })}
                </tr>
                {sharedArticles.length ? (
                  <tr>
                    <th scope="row">{why("sharedArticles")}</th>
                    <td colSpan={entries.length}>
                      <ul>
                        {sharedArticles.map((a) => (
                          <li key={a.slug}>
                            <Link href={`/articles/${a.slug}`}>{a.title}</Link>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
                <tr>
                  <th scope="row">{t("articles")}</th>
                  {entries.map(({ entry }) => (
                    <td key={entry.id}>
                      {entry.articles.some((a) => !shared.has(a.slug)) ? (
                        <ul>
                          {entry.articles
                            .filter((a) => !shared.has(a.slug))
                            .map((a) => (
                              <li key={a.slug}>
                                <Link href={`/articles/${a.slug}`}>{a.title}</Link>
                              </li>
                            ))}
                        </ul>
                      ) : (
                        cell(null)
                      )}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          <CompareViews
            entries={entries.map(({ entry }) => entry)}
            tiles={env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null}
          />
        </>
      ) : null}
      {entries.length < MAX_COMPARED ? (
        <CompareAddForm current={current} />
      ) : (
        <p className="compare-full">{t("full", { max: MAX_COMPARED })}</p>
      )}
    </div>
  );
}
