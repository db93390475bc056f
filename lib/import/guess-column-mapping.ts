import { scriptLocale } from "@/lib/content/script-locale";
import { COLUMN_SYNONYMS, LOCALIZED_FIELDS } from "./column-synonyms";
import { IMPORT_COLUMNS } from "./import-columns";

/** A column name as the synonyms are written: lower case, "ё" as "е", punctuation as spaces. */
function comparable(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[._\-:;,/\\()[\]"'«»*]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A language a column's name ends with ("name ru", "название англ"), and the name without it. */
const LANGUAGE_SUFFIX = /\s(en|eng|english|англ|английский|ru|rus|russian|рус|русский)$/;
function languageOf(name: string): { base: string; locale: "en" | "ru" | null } {
  const match = LANGUAGE_SUFFIX.exec(name);
  if (!match) return { base: name, locale: null };
  return { base: name.slice(0, match.index), locale: /^(en|eng|english|англ|английский)$/.test(match[1]!) ? "en" : "ru" };
}

/** The language of a text column: its name's, else its values' (Cyrillic is Russian), else its name's script. */
function textLocale(name: string, given: "en" | "ru" | null, samples: readonly string[]): "en" | "ru" {
  if (given) return given;
  const values = samples.filter((value) => value.trim());
  if (values.length > 0) return values.some((value) => scriptLocale(value) === "ru") ? "ru" : "en";
  return scriptLocale(name) ?? "en";
}

/** Which of our columns a file's column name is, with how strong the guess is (lower is stronger), or null. */
function candidate(name: string, samples: readonly string[]): { column: string; rank: number } | null {
  const trimmed = name.trim();
  if ((IMPORT_COLUMNS as readonly string[]).includes(trimmed.toLowerCase())) return { column: trimmed.toLowerCase(), rank: -1 };
  const { base, locale } = languageOf(comparable(trimmed));
  for (const [field, names] of Object.entries(COLUMN_SYNONYMS)) {
    const rank = names.indexOf(base);
    if (rank < 0) continue;
    return { column: LOCALIZED_FIELDS.has(field) ? `${field}_${textLocale(trimmed, locale, samples)}` : field, rank };
  }
  return null;
}

/**
 * The upload form's first guess of what each of a file's columns is: our exact names first, then the
 * common names for them (column-synonyms.ts), each of ours given to one column only (the strongest
 * guess, then the leftmost column). Null: the column is ignored. `samples[i]` are column i's first values.
 */
export function guessColumnMapping(columns: readonly string[], samples: readonly (readonly string[])[] = []): (string | null)[] {
  const guesses = columns
    .map((name, index) => ({ index, guess: candidate(name, samples[index] ?? []) }))
    .filter((item): item is { index: number; guess: { column: string; rank: number } } => item.guess !== null)
    .sort((a, b) => a.guess.rank - b.guess.rank || a.index - b.index);
  const mapping: (string | null)[] = columns.map(() => null);
  const taken = new Set<string>();
  for (const { index, guess } of guesses) {
    if (taken.has(guess.column)) continue;
    taken.add(guess.column);
    mapping[index] = guess.column;
  }
  return mapping;
}
