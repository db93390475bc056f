import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import type { RelatedEntry } from "@/lib/data/entries/get-published-entry";
import { RelationReason } from "./relation-reason";

/** Typed links grouped by how they read from this entry; comparable monuments first. */
export async function RelatedEntries({ relations }: { relations: RelatedEntry[] }) {
  if (relations.length === 0) return null;
  const t = await getTranslations("entry");
  const labels = await getTranslations("relations");
  const locale = await getLocale();
  const groups = new Map<string, RelatedEntry[]>();
  const ordered = [...relations].sort((a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type));
  for (const relation of ordered) {
    const heading =
      relation.type === "comparable_to" || relation.type === "related_to"
        ? labels(`${relation.type}.group`)
        : labels(`${relation.type}.${relation.direction}`);
    groups.set(heading, [...(groups.get(heading) ?? []), relation]);
  }
  return (
    <section aria-labelledby="related-heading" className="related-entries">
      <h2 id="related-heading">{t("linkedEntries")}</h2>
      {[...groups].map(([heading, items]) => (
        <div key={heading} className="relation-group">
          <h3>{heading}</h3>
          <ul>
            {items.map((relation) => (
              <li key={relation.entry.id}>
                <Link href={`/entries/${relation.entry.slug}`} lang={relation.entry.titleLocale}>
                  {relation.entry.title}
                </Link>
                {relation.entry.dateLabel ? <span className="meta"> · {relation.entry.dateLabel}</span> : null}
                <RelationReason note={relation.note} source={relation.source} sourceLabel={t("source")} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
