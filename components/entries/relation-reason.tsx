import type { NoteText } from "@/lib/content/localized-note";
import type { SourceRef } from "@/lib/data/sources/group-citations";
import { NoteSpan } from "./note-span";
import { SourceTitle } from "./source-title";

export interface RelationReasonProps {
  /** Why the two entries are linked, as the curator wrote it, in the page's language where it has one. */
  note: NoteText | null;
  /** Where that is said. */
  source: SourceRef | null;
  /** "source", in the page's language. */
  sourceLabel: string;
  /** The page's language, which the source's title is marked against. */
  locale: string;
}

/**
 * Why an entry is linked to another (the relation's note) and where that is said (its source), the
 * same on the entry page, in the explorer's panel and in the compare table. No hooks: it renders on
 * the server and in the browser alike.
 */
export function RelationReason({ note, source, sourceLabel, locale }: RelationReasonProps) {
  if (!note && !source) return null;
  return (
    <>
      <NoteSpan note={note} />
      {source ? (
        <span className="relation-source">
          {" "}
          ({sourceLabel}: <SourceTitle source={source} locale={locale} />)
        </span>
      ) : null}
    </>
  );
}
