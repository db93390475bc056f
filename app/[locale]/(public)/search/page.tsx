import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HighlightedSnippet } from "@/components/search/highlighted-snippet";
import { Link } from "@/i18n/navigation";
import { searchCollection } from "@/lib/data/search/search-collection";
import { searchQuerySchema } from "@/lib/validation/search";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("search");
  const kinds = await getTranslations("kinds");
  const { q } = await searchParams;
  const parsed = searchQuerySchema.safeParse({ q, locale, limit: 50 });
  const results = parsed.success ? await searchCollection({ query: parsed.data.q, locale, limit: parsed.data.limit }) : null;
  const query = parsed.success ? parsed.data.q : "";
  return (
    <div className="search-page">
      <h1>{results ? t("resultsFor", { query }) : t("title")}</h1>
      <form role="search" action={`/${locale}/search`} method="get" className="search-form">
        <label htmlFor="search-q">{t("label")}</label>
        <input id="search-q" name="q" type="search" defaultValue={query} placeholder={t("placeholder")} aria-describedby="search-hint" />
        <button type="submit">{t("submit")}</button>
        <p id="search-hint" className="hint">
          {t("hint")}
        </p>
      </form>
      {results && results.entries.length === 0 && results.articles.length === 0 ? <p role="status">{t("noResults", { query })}</p> : null}
      {results && results.entries.length > 0 ? (
        <section aria-labelledby="entry-results">
          <h2 id="entry-results">
            {t("entries")} ({results.entries.length})
          </h2>
          <p>
            <Link href={{ pathname: "/", query: { q: query } }}>{t("showOnMap")}</Link>
          </p>
          <ol className="search-results">
            {results.entries.map((entry) => (
              <li key={entry.id}>
                <Link href={`/entries/${entry.slug}`} lang={entry.titleLocale}>
                  {entry.title}
                </Link>
                <span className="meta">
                  {" "}
                  · {kinds(entry.kind)}
                  {entry.dateLabel ? ` · ${entry.dateLabel}` : ""}
                </span>
                {entry.snippet ? (
                  <p>
                    <HighlightedSnippet parts={entry.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {results && results.articles.length > 0 ? (
        <section aria-labelledby="article-results">
          <h2 id="article-results">
            {t("articles")} ({results.articles.length})
          </h2>
          <ol className="search-results">
            {results.articles.map((article) => (
              <li key={article.slug}>
                <Link href={`/articles/${article.slug}`} lang={article.titleLocale}>
                  {article.title}
                </Link>
                {article.publisher ? <span className="meta"> · {article.publisher}</span> : null}
                {article.snippet ? (
                  <p>
                    <HighlightedSnippet parts={article.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
