import type { NoteText } from "@/lib/content/localized-note";

/**
 * A note after the thing it explains (" — why"), in the page's language or, where it has none,
 * in the other one marked with `lang` so it is read aloud in its own language. No hooks: it
 * renders on the server and in the browser alike.
 */
export function NoteSpan({ note }: { note: NoteText | null }) {
  if (!note) return null;
  return (
    <span className="note" lang={note.isFallback ? note.locale : undefined}>
      {" "}
      — {note.text}
    </span>
  );
}
