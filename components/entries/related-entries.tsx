import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { RELATION_TYPES, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import type { RelatedEntry } from "@/lib/data/entries/get-published-entry";
import type { RelationGroup } from "@/lib/data/relations/read-entry-relations";
import { RelatedEntryItem } from "./related-entry-item";

interface RelatedEntriesProps {
  entrySlug: string;
  /** The first links of each group (RELATIONS_PER_GROUP). */
  relations: RelatedEntry[];
  /** Every group with its count: a group with more links than shown gets a link to all of them. */
  groups: RelationGroup[];
}

/** Typed links grouped by how they read from this entry; comparable monuments first. */
export async function RelatedEntries({ entrySlug, relations, groups }: RelatedEntriesProps) {
  if (relations.length === 0) return null;
  const t = await getTranslations("entry");
  const labels = await getTranslations("relations");
  const links = await getTranslations("entryLinks");
  const locale = await getLocale();
  const ordered = [...groups].sort((a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type));
  return (
    <section aria-labelledby="related-heading" className="related-entries">
      <h2 id="related-heading">{t("linkedEntries")}</h2>
      {ordered.map((group) => {
        const heading = SYMMETRIC_RELATIONS.has(group.type) ? labels(`${group.type}.group`) : labels(`${group.type}.${group.direction}`);
        const items = relations.filter((r) => r.type === group.type && r.direction === group.direction);
        return (
          <div key={`${group.type} ${group.direction}`} className="relation-group">
            <h3>{heading}</h3>
            <ul>
              {items.map((relation) => (
                <RelatedEntryItem key={relation.entry.id} relation={relation} sourceLabel={t("source")} locale={locale} />
              ))}
            </ul>
            {group.total > items.length ? (
              <p>
                <Link
                  href={{ pathname: `/entries/${entrySlug}/links`, query: { type: group.type, direction: group.direction } }}
                  aria-label={links("allLabel", { heading, count: group.total })}
                >
                  {links("all", { count: group.total })}
                </Link>
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
