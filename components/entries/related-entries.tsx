import Link from "next/link";
import type { RelatedEntry } from "@/lib/data/entries/get-published-entry";
import { RELATION_TYPES } from "@/lib/content/relation-types";

/** Typed links grouped by how they read from this entry; comparable monuments first. */
export function RelatedEntries({ relations }: { relations: RelatedEntry[] }) {
  if (relations.length === 0) return null;
  const groups = new Map<string, RelatedEntry[]>();
  const ordered = [...relations].sort((a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type));
  for (const relation of ordered) groups.set(relation.label, [...(groups.get(relation.label) ?? []), relation]);
  return (
    <section aria-labelledby="related-heading" className="related-entries">
      <h2 id="related-heading">Linked entries</h2>
      {[...groups].map(([label, items]) => (
        <div key={label} className="relation-group">
          <h3>{label === "Comparable monument" ? "Comparable monuments" : label}</h3>
          <ul>
            {items.map((relation) => (
              <li key={relation.entry.id}>
                <Link href={`/entries/${relation.entry.slug}`} lang={relation.entry.titleLocale}>
                  {relation.entry.title}
                </Link>
                {relation.entry.dateLabel ? <span className="meta"> · {relation.entry.dateLabel}</span> : null}
                {relation.note ? <span className="note"> — {relation.note}</span> : null}
                {relation.source ? (
                  <span className="relation-source">
                    {" "}
                    (source:{" "}
                    {relation.source.url ? <a href={relation.source.url}>{relation.source.title}</a> : <cite>{relation.source.title}</cite>})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
