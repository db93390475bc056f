import { type DatePhrase, withYear } from "@/lib/dates/date-phrases";

/** What an item's text does not say but its page does: when it was published, and the dates its image names and address carry. */
export interface YearContext {
  publishedEdtf: string | null;
  /** Image file names and the page address ("image-30-01-20-01-10.jpeg", ".../2020/01/30/..."). */
  references: readonly string[];
}

/**
 * Gives each day or month named without a year ("On January 30", "6 июня") the year its context
 * gives: an earlier full date of the same item, else the page's publication date (the last such day
 * on or before it), else a date with the same day and month in the item's image names or address.
 * Phrases no context dates are left out.
 */
export function resolveYears(phrases: readonly DatePhrase[], context: YearContext): DatePhrase[] {
  const resolved: DatePhrase[] = [];
  let lastYear: number | null = null;
  for (const phrase of phrases) {
    if (phrase.year !== null) {
      if (phrase.precision !== "year") lastYear = phrase.year;
      resolved.push(phrase);
      continue;
    }
    const year = lastYear ?? yearFromPublication(phrase, context.publishedEdtf) ?? yearFromReferences(phrase, context.references);
    const dated = year === null ? null : withYear(phrase, year);
    if (dated) resolved.push(dated);
  }
  return resolved;
}

function yearFromPublication(phrase: DatePhrase, publishedEdtf: string | null): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(publishedEdtf ?? "");
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : 31;
  // News reports what has happened: a day later in the year than the publication date was last year's.
  const later = phrase.month! > month || (phrase.month === month && (phrase.day ?? 1) > day);
  return later ? year - 1 : year;
}

/** dd-mm-yy(yy) or yyyy-mm-dd in a file name or address, with separators -, _, . or /. */
const DMY = /(?<!\d)(\d{2})[-_./](\d{2})[-_./](\d{4}|\d{2})(?!\d)/g;
const YMD = /(?<!\d)(\d{4})[-_./]?(\d{2})[-_./]?(\d{2})(?!\d)/g;

function yearFromReferences(phrase: DatePhrase, references: readonly string[]): number | null {
  for (const reference of references) {
    for (const m of reference.matchAll(YMD)) {
      if (Number(m[2]) === phrase.month && (phrase.day === null || Number(m[3]) === phrase.day)) return Number(m[1]);
    }
    for (const m of reference.matchAll(DMY)) {
      if (Number(m[2]) !== phrase.month || (phrase.day !== null && Number(m[1]) !== phrase.day)) continue;
      const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      // A two-digit year is this century's: older news is not published with image names like these.
      if (year >= 1900 && year <= 2100) return year;
    }
  }
  return null;
}
