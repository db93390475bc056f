import { Link } from "@/i18n/navigation";
import type { RelatedEntry } from "@/lib/data/entries/get-published-entry";
import { RelationReason } from "./relation-reason";

/** One linked entry in a list of links: its title, date, and why the two are linked. */
export function RelatedEntryItem({ relation, sourceLabel, locale }: { relation: RelatedEntry; sourceLabel: string; locale: string }) {
  return (
    <li>
      <Link href={`/entries/${relation.entry.slug}`} lang={relation.entry.titleLocale}>
        {relation.entry.title}
      </Link>
      {relation.entry.dateLabel ? <span className="meta"> · {relation.entry.dateLabel}</span> : null}
      <RelationReason note={relation.note} source={relation.source} sourceLabel={sourceLabel} locale={locale} />
    </li>
  );
}
