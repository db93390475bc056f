import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { Pager } from "@/components/admin/pager";
import { RelatedEntryItem } from "@/components/entries/related-entry-item";
import { Link } from "@/i18n/navigation";
import { RELATION_TYPES, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import { listEntryRelationsPage, RELATIONS_PAGE_SIZE } from "@/lib/data/relations/list-entry-relations-page";
import { pageRequest } from "@/lib/paging/page";

type Props = {
  params: Promise<{ slug: string; locale: string }>;
  searchParams: Promise<{ type?: string | string[]; direction?: string | string[]; page?: string | string[] }>;
};

const groupSchema = z.object({ type: z.enum(RELATION_TYPES), direction: z.enum(["outgoing", "incoming"]) });

/** The page asked for, or null for a kind of link, direction or page that is not one (a 404). */
async function load({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  const query = await searchParams;
  const group = groupSchema.safeParse({ type: query.type, direction: query.direction });
  if (!group.success) return null;
  const { page } = pageRequest(query.page, RELATIONS_PAGE_SIZE);
  const links = await listEntryRelationsPage({ slug, locale, ...group.data, page });
  if (!links) return null;
  const labels = await getTranslations({ locale, namespace: "relations" });
  const heading = SYMMETRIC_RELATIONS.has(links.type) ? labels(`${links.type}.group`) : labels(`${links.type}.${links.direction}`);
  return { links, heading, locale };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return {};
  const t = await getTranslations({ locale: loaded.locale, namespace: "entryLinks" });
  return { title: t("title", { heading: loaded.heading, title: loaded.links.entry.title }) };
}

/** Every link of one kind an entry has, a page at a time: where "All N" leads from an entry with more than its page shows. */
export default async function EntryLinksPage(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { links, heading, locale } = loaded;
  setRequestLocale(locale);
  const t = await getTranslations("entryLinks");
  const entry = await getTranslations("entry");
  const { entry: subject } = links;
  return (
    <article className="entry-links related-entries">
      <p>
        <Link href={`/entries/${subject.slug}`}>{t("back", { title: subject.title })}</Link>
      </p>
      <h1>{t("title", { heading, title: subject.title })}</h1>
      <p>{t("introduction", { title: subject.title, count: links.total })}</p>
      <ul>
        {links.relations.map((relation) => (
          <RelatedEntryItem key={relation.entry.id} relation={relation} sourceLabel={entry("source")} locale={locale} />
        ))}
      </ul>
      <Pager
        pathname={`/entries/${subject.slug}/links`}
        query={{ type: links.type, direction: links.direction }}
        page={{ page: links.page, size: RELATIONS_PAGE_SIZE, total: links.total, hasNext: links.hasNext, items: [] }}
        label={t("pagerLabel")}
      />
    </article>
  );
}
