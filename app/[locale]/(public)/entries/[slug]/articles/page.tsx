import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pager } from "@/components/admin/pager";
import { EntryArticleItem } from "@/components/entries/entry-article-item";
import { Link } from "@/i18n/navigation";
import { ENTRY_ARTICLES_PAGE_SIZE, listEntryArticlesPage } from "@/lib/data/articles/list-entry-articles-page";
import { pageRequest } from "@/lib/paging/page";

type Props = {
  params: Promise<{ slug: string; locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

async function load({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  const { page } = pageRequest((await searchParams).page, ENTRY_ARTICLES_PAGE_SIZE);
  return { locale, articles: await listEntryArticlesPage({ slug, locale, page }) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, articles } = await load(props);
  if (!articles) return {};
  const t = await getTranslations({ locale, namespace: "entryLinks" });
  return { title: t("articlesTitle", { title: articles.entry.title }) };
}

/** Every published article about an entry, latest first, a page at a time: where "All N articles" leads. */
export default async function EntryArticlesPage(props: Props) {
  const { locale, articles } = await load(props);
  if (!articles) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("entryLinks");
  const { entry } = articles;
  return (
    <article className="entry-links">
      <p>
        <Link href={`/entries/${entry.slug}`}>{t("back", { title: entry.title })}</Link>
      </p>
      <h1>{t("articlesTitle", { title: entry.title })}</h1>
      <p>{t("articlesIntroduction", { title: entry.title, count: articles.total })}</p>
      <ul>
        {articles.articles.map((article) => (
          <EntryArticleItem key={article.slug} article={article} />
        ))}
      </ul>
      <Pager
        pathname={`/entries/${entry.slug}/articles`}
        page={{ page: articles.page, size: ENTRY_ARTICLES_PAGE_SIZE, total: articles.total, hasNext: articles.hasNext, items: [] }}
        label={t("pagerLabel")}
      />
    </article>
  );
}
