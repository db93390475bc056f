import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { SourceEditForm } from "@/components/admin/source-edit-form";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { getSourceForEditing } from "@/lib/data/sources/get-source-for-editing";
import { listSourceArticles } from "@/lib/data/sources/list-source-articles";
import { listSourceEntries, type SourceCiter } from "@/lib/data/sources/list-source-entries";
import { sourceFormValues } from "@/lib/forms/source-form";
import type { Page } from "@/lib/paging/page";
import { pageRequest } from "@/lib/paging/page";

type Props = {
  params: Promise<{ locale: string; key: string }>;
  searchParams: Promise<{ entries?: string | string[]; articles?: string | string[] }>;
};

/** A source's edit form, and the entries and articles citing it, each list a page at a time. */
export default async function SourcePage({ params, searchParams }: Props) {
  const { locale, key: encodedKey } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const source = await getSourceForEditing(decodeURIComponent(encodedKey));
  if (!source) notFound();
  const t = await getTranslations("sourceAdmin");
  const statuses = await getTranslations("publication.statuses");
  const query = await searchParams;
  const [entries, articles] = await Promise.all([
    listSourceEntries({ sourceId: source.id, locale, page: pageRequest(query.entries) }),
    listSourceArticles({ sourceId: source.id, locale, page: pageRequest(query.articles) }),
  ]);
  const path = `/admin/sources/${encodeURIComponent(source.key)}`;
  const citers = (
    id: "entries" | "articles",
    page: Page<SourceCiter>,
    editorPath: string,
    other: { name: string; page: Page<SourceCiter> },
  ) => (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{t(id)}</h2>
      {page.items.length === 0 ? (
        <p>{t(id === "entries" ? "noEntries" : "noArticles")}</p>
      ) : (
        <ul>
          {page.items.map((citer) => (
            <li key={citer.slug}>
              <Link href={`${editorPath}/${citer.slug}`} lang={citer.titleLocale === locale ? undefined : citer.titleLocale}>
                {citer.title}
              </Link>{" "}
              <span className="hint">({statuses(citer.status as "draft")})</span>
            </li>
          ))}
        </ul>
      )}
      <Pager
        pathname={path}
        param={id}
        label={t(id === "entries" ? "entriesPages" : "articlesPages")}
        query={{ [other.name]: other.page.page > 1 ? String(other.page.page) : undefined }}
        page={page}
        fragment={id}
      />
    </section>
  );
  return (
    <>
      <p>
        <Link href="/admin/sources">{t("back")}</Link>
      </p>
      <h1>{t("edit", { title: source.title })}</h1>
      <p className="hint">{t("key", { key: source.key })}</p>
      <SourceEditForm sourceKey={source.key} initial={sourceFormValues(source)} />
      {citers("entries", entries, "/admin/entries", { name: "articles", page: articles })}
      {citers("articles", articles, "/admin/articles", { name: "entries", page: entries })}
    </>
  );
}
