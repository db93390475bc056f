import { CONTENT_LOCALES, type ContentLocale } from "./locales";

/**
 * A short free text kept once per language: the note of a relation, a citation, an article's
 * mention of an entry, a source. Stored as one column per language (`noteEn`, `noteRu`; why
 * columns and not a translations table: docs/decisions/per-language-notes.md).
 */
export type LocalizedNote = Record<ContentLocale, string>;

export const EMPTY_NOTE: LocalizedNote = { en: "", ru: "" };

/** The columns a note is stored in, as Prisma selects and writes them. */
export interface NoteColumns {
  noteEn: string;
  noteRu: string;
}

export const NOTE_COLUMNS_SELECT = { noteEn: true, noteRu: true } as const;

export function noteFromColumns(row: NoteColumns): LocalizedNote {
  return { en: row.noteEn, ru: row.noteRu };
}

export function noteColumns(note: LocalizedNote): NoteColumns {
  return { noteEn: note.en, noteRu: note.ru };
}

export function isEmptyNote(note: LocalizedNote): boolean {
  return CONTENT_LOCALES.every((locale) => note[locale] === "");
}

/** A note written in one language (an imported article's sentence, in the article's language). */
export function noteInLanguage(locale: string, text: string): LocalizedNote {
  return (CONTENT_LOCALES as readonly string[]).includes(locale) ? { ...EMPTY_NOTE, [locale]: text } : { ...EMPTY_NOTE, en: text };
}

export function sameNote(a: LocalizedNote, b: LocalizedNote): boolean {
  return CONTENT_LOCALES.every((locale) => a[locale] === b[locale]);
}

/** A note as a page shows it: the text and its language, which differs from the page's when it is a fallback. */
export interface NoteText {
  text: string;
  locale: ContentLocale;
  /** In the other language than the page's: the page marks it with `lang`. */
  isFallback: boolean;
}

/** The note in the page's language, or else in the other one (the page marks it with `lang`); null when it has none. */
export function noteIn(note: LocalizedNote, locale: string): NoteText | null {
  const order = [locale, ...CONTENT_LOCALES.filter((l) => l !== locale)];
  for (const candidate of order) {
    const text = note[candidate as ContentLocale];
    if (text) return { text, locale: candidate as ContentLocale, isFallback: candidate !== locale };
  }
  return null;
}

const CYRILLIC = /[А-яЁё]/;
const LATIN = /[A-Za-z]/;
const SEPARATOR = " / ";

/**
 * A note written before notes had a column per language ("English / Русский" in one field), as
 * the two languages. The same rule as the migration that split the stored notes
 * (prisma/migrations/…_per_language_notes): split at the first " / " with Latin text before it
 * (Cyrillic there only inside «quoted names») and Cyrillic text after it; otherwise the whole
 * text goes to Russian if it has Cyrillic letters, else to English. Old revision snapshots are
 * read through it, so restoring one loses nothing.
 */
export function splitBilingualNote(text: string): LocalizedNote {
  const at = text.indexOf(SEPARATOR);
  if (at >= 0) {
    const en = text.slice(0, at);
    const ru = text.slice(at + SEPARATOR.length);
    if (LATIN.test(en) && (!CYRILLIC.test(en) || /«.*»/.test(en)) && CYRILLIC.test(ru)) return { en, ru };
  }
  if (text === "") return { ...EMPTY_NOTE };
  return CYRILLIC.test(text) ? { en: "", ru: text } : { en: text, ru: "" };
}

/** A note from a revision snapshot: the per-language shape, or an old single-field one split. */
export function noteFromSnapshot(value: unknown): LocalizedNote {
  if (typeof value === "string") return splitBilingualNote(value);
  if (value && typeof value === "object") {
    const record = value as Partial<Record<string, unknown>>;
    return { en: typeof record.en === "string" ? record.en : "", ru: typeof record.ru === "string" ? record.ru : "" };
  }
  return { ...EMPTY_NOTE };
}
