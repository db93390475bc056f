import { type DatePoint, type HistoricalDate, parseHistoricalDate, timeBounds, toEdtf } from "@/lib/dates";
import { findDatePhrases } from "@/lib/dates/date-phrases";
import { daysInMonth } from "@/lib/dates/days-in-month";
import { MAX_DATE_INPUT_LENGTH } from "@/lib/dates/edtf";
import type { ImportMessage, ImportMessageKey } from "./import-row";

/** A date cell as the import reads it: EDTF (null: undated), or why it was refused and how to write it. */
export type SpreadsheetDate = { edtf: string | null } | { refused: ImportMessage };

/** A refusal before the cell's own text is added to it. */
interface Refusal {
  refused: ImportMessageKey;
  params?: Record<string, string | number>;
}

/** What one reader makes of a text: a date, a refusal, or nothing (another reader may know it). */
type Reading = HistoricalDate | Refusal | null;

const isRefusal = (reading: Reading): reading is Refusal => reading !== null && "refused" in reading;
const pad = (n: number) => String(n).padStart(2, "0");

// Words before a date that make it circa; each must be followed by a space or a digit, so "ок" never eats "октябрь".
const CIRCA = /^(?:около|ок\.?|приблизительно|примерно|прибл\.?|circa|ca\.?|c\.|approx\.?|about|~)(?=[\s\d])\s*/iu;
// "г.", "гг.", "год", "годы"…, after the number they follow (Russian registers write them after years and ranges alike).
const YEAR_WORD = /(?<=[\d\s])(?:гг|г|годы|годов|годах|года|году|год)\.?$/iu;

const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DOTTED_MONTH = /^(\d{1,2})\.(\d{4})$/;
const SLASHED_DAY = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const TWO_DIGIT_YEAR = /^\d{1,2}([./-])\d{1,2}\1\d{2}$/;
// Excel's date cells written out as text: "1975-05-09T00:00:00", "1975-05-09 00:00:00".
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const DECADE = /^(\d{3})0(?:-?(?:е|ые|х|ых)|'?s)$/iu;
const CENTURY = /^([IVX]+|\d{1,2})(?:-?(?:й|ый|ого|ом)|st|nd|rd|th)?\s*(?:век|века|веке|в\.?|century)$/iu;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

// Between the two ends of a range: a dash (a hyphen only between digits or with spaces round it), "to", "по".
const RANGE_SEPARATOR = /\s*[–—]\s*|\s+-\s+|(?<=\d)-(?=\d)|\s+(?:to|till|until|through|по|до)\s+/giu;
const RANGE_START = /^(?:from|с|со)\s+/iu;

// Text of EDTF's own signs ("1967?", "1945/1941"): the editor's parser says best what is wrong with it.
const EDTF_SIGNS = /^[0-9XY~?%./-]+$/;
const EDTF_MARK = /[?%XY/]|\.\./;

function day(year: number, month: number, dayOfMonth: number): Reading {
  if (month < 1 || month > 12 || dayOfMonth < 1) return null;
  const days = daysInMonth(year, month);
  if (dayOfMonth > days) return { refused: "dateNoSuchDay", params: { month, year, days } };
  return { start: { year, month, day: dayOfMonth, circa: false } };
}

/** dd/mm/yyyy or mm/dd/yyyy: read only when one way round makes a day, or both make the same one. */
function slashedDay(first: number, second: number, year: number): Reading {
  const monthFirst = day(year, first, second);
  const dayFirst = day(year, second, first);
  const isDate = (reading: Reading) => reading !== null && !isRefusal(reading);
  if (isDate(monthFirst) && isDate(dayFirst) && first !== second) {
    return {
      refused: "dateAmbiguous",
      params: {
        monthFirst: `${year}-${pad(first)}-${pad(second)}`,
        monthFirstDots: `${pad(second)}.${pad(first)}.${year}`,
        dayFirst: `${year}-${pad(second)}-${pad(first)}`,
        dayFirstDots: `${pad(first)}.${pad(second)}.${year}`,
      },
    };
  }
  if (isDate(monthFirst)) return monthFirst;
  if (isDate(dayFirst)) return dayFirst;
  return first > 12 ? dayFirst : monthFirst;
}

function numericDate(text: string): Reading {
  if (TWO_DIGIT_YEAR.test(text)) return { refused: "dateTwoDigitYear" };
  const dotted = DOTTED_DAY.exec(text);
  if (dotted) return day(+dotted[3]!, +dotted[2]!, +dotted[1]!);
  const stamp = TIMESTAMP.exec(text);
  if (stamp) return day(+stamp[1]!, +stamp[2]!, +stamp[3]!);
  const slashed = SLASHED_DAY.exec(text);
  if (slashed) return slashedDay(+slashed[1]!, +slashed[3]!, +slashed[4]!);
  const month = DOTTED_MONTH.exec(text);
  if (month && +month[1]! >= 1 && +month[1]! <= 12) return { start: { year: +month[2]!, month: +month[1]!, circa: false } };
  return null;
}

function edtfDate(text: string): Reading {
  if (!EDTF_SIGNS.test(text)) return null;
  try {
    return parseHistoricalDate(text);
  } catch {
    return null;
  }
}

const years = (from: number, to: number): HistoricalDate => ({ start: { year: from, circa: false }, end: { year: to, circa: false } });

function decade(text: string): Reading {
  const m = DECADE.exec(text);
  return m ? years(+m[1]! * 10, +m[1]! * 10 + 9) : null;
}

function romanNumber(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** "XX век" is 1901–2000, as centuries are counted. */
function century(text: string): Reading {
  // A Russian keyboard types the Roman numerals with Cyrillic Х and І.
  const m = CENTURY.exec(text.replace(/[Хх]/g, "X").replace(/[Іі]/g, "I"));
  if (!m) return null;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : romanNumber(m[1]!.toUpperCase());
  return n >= 1 && n <= 21 ? years(n * 100 - 99, n * 100) : null;
}

/**
 * The article importer's date phrases ("9 мая 1975", "May 9, 1975", "май 1975", "1941-45"), when one
 * phrase is the whole text. One that says a month where the text puts a day before it was a day the
 * month has not got ("31 февраля 1975").
 */
function phraseDate(text: string): Reading {
  const phrases = findDatePhrases(text);
  const [phrase] = phrases;
  if (phrases.length !== 1 || !phrase?.edtf || phrase.year === null) return null;
  if (phrase.index === 0 && phrase.text === text) return parseHistoricalDate(phrase.edtf);
  const dayBefore = /^(\d{1,2})\s+(.*)$/u.exec(text);
  if (phrase.precision === "month" && dayBefore?.[2] === phrase.text) return day(phrase.year, phrase.month!, +dayBefore[1]!);
  return null;
}

const POINT_READERS = [numericDate, edtfDate, decade, century, phraseDate];

/** One date or one range as a reader knows it, a Russian year word after it or not. */
function readOne(text: string): Reading {
  const bare = text
    .replace(YEAR_WORD, "")
    .replace(/(?<=\d)\.$/, "")
    .trim();
  for (const read of POINT_READERS) {
    const reading = read(bare);
    if (reading) return reading;
  }
  return null;
}

/** Two dates with a dash, "to" or "по" between them: from the first's start to the second's end. */
function readRange(text: string): Reading {
  const body = text.replace(RANGE_START, "");
  let refusal: Refusal | null = null;
  for (const separator of body.matchAll(RANGE_SEPARATOR)) {
    const first = readOne(body.slice(0, separator.index));
    const second = readOne(body.slice(separator.index + separator[0].length));
    if (isRefusal(first) || isRefusal(second)) refusal ??= isRefusal(first) ? first : (second as Refusal);
    else if (first && second) return { start: first.start, end: second.end ?? second.start };
  }
  return refusal;
}

const withCirca = (point: DatePoint): DatePoint => ({ ...point, circa: true });

/**
 * A date cell of an import file as EDTF, read the ways museum registers and spreadsheets write dates
 * in Russian and English (docs/import.md lists them): EDTF as it is; 09.05.1975, 9 мая 1975 г.,
 * May 9, 1975, May 1975, 1975 г., 1941–1945 гг., 1941-45, 1941 to 1945, около 1967, c. 1967, 1960-е,
 * XX век, Excel's 1975-05-09 00:00:00. Refused, with how to write it instead: a day and month that
 * may be either way round (05/09/1975), a two-digit year (9.5.75), a day the month has not got
 * (31.02.1975), a range that ends before it starts. Text made of EDTF's signs that is no date
 * ("1967?"), and text longer than any date, are left to the editor's schema, whose reasons are its own.
 */
export function readSpreadsheetDate(cell: string | null): SpreadsheetDate {
  const text = (cell ?? "").replace(/\s+/g, " ").trim();
  if (text === "") return { edtf: null };
  // Longer than any date: the schema refuses it by its length, and no reader runs over a cell of megabytes.
  if (text.length > MAX_DATE_INPUT_LENGTH) return { edtf: text };
  const circa = CIRCA.test(text);
  const body = text.replace(CIRCA, "");
  const reading = readOne(body) ?? readRange(body.replace(YEAR_WORD, "").trim());
  if (isRefusal(reading)) return { refused: { key: reading.refused, params: { value: text, ...reading.params } } };
  if (reading === null) {
    return EDTF_SIGNS.test(text) && EDTF_MARK.test(text) ? { edtf: text } : { refused: { key: "dateNotRead", params: { value: text } } };
  }
  const date = circa ? { start: withCirca(reading.start), ...(reading.end ? { end: withCirca(reading.end) } : {}) } : reading;
  const { startTime, endTime } = timeBounds(date);
  if (startTime > endTime) return { refused: { key: "dateRangeBackwards", params: { value: text } } };
  return { edtf: toEdtf(date) };
}
