import { daysInMonth } from "./days-in-month";
import type { DatePrecision } from "./historical-date";

/** A date named in a text, with the words it came from. A day or month named without its year has `year: null` until the context gives one. */
export interface DatePhrase {
  text: string;
  /** Where the words begin in the text searched. */
  index: number;
  precision: DatePrecision;
  year: number | null;
  month: number | null;
  day: number | null;
  /** EDTF ("2024-06-06", "1942/1943", "1943-06/1943-08"); null while the year is unknown. */
  edtf: string | null;
}

const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const EN_MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
// Russian month names by their first three letters (всех падежей: "января", "январе", "январь").
const RU_MONTHS = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const RU_MONTH_GENITIVE = "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
const RU_MONTH_PREPOSITIONAL = "(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)";
const RU_MONTH_NOMINATIVE = "(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)";
const YEAR = "(1[0-9]{3}|20[0-9]{2})";
const DAY = "([12][0-9]|3[01]|0?[1-9])";
const DASH = "\\s*[-–—]\\s*";
const ORDINAL = "(?:st|nd|rd|th)?";
const RU_YEAR_WORD = "(?:\\s*(?:годах|годов|году|года|годы|год|гг\\.|г\\.))?";
/** Months a season spans, as a month-precision range within its year ("summer 1943" → 1943-06/1943-08). */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [1, 2],
  весной: [3, 5],
  летом: [6, 8],
  осенью: [9, 11],
  зимой: [1, 2],
};

type Parts = Omit<DatePhrase, "text" | "index">;
type Build = (m: RegExpExecArray) => Parts | null;

const enMonth = (name: string) => EN_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const ruMonth = (name: string) => {
  const lower = name.toLowerCase();
  return lower.startsWith("ма") && !lower.startsWith("мар") ? 5 : RU_MONTHS.indexOf(lower.slice(0, 3)) + 1;
};
const pad = (n: number) => String(n).padStart(2, "0");

function day(year: number | null, month: number, dayOfMonth: number): Parts | null {
  // A day the month does not have ("31 February") is no date; a leap year is checked once the year is known.
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year ?? 2000, month)) return null;
  return { precision: "day", year, month, day: dayOfMonth, edtf: year === null ? null : `${year}-${pad(month)}-${pad(dayOfMonth)}` };
}

function month(year: number, monthOfYear: number): Parts | null {
  return monthOfYear < 1 ? null : { precision: "month", year, month: monthOfYear, day: null, edtf: `${year}-${pad(monthOfYear)}` };
}

function monthRange(fromYear: number, fromMonth: number, toYear: number, toMonth: number): Parts | null {
  if (fromMonth < 1 || toMonth < 1 || toYear * 12 + toMonth < fromYear * 12 + fromMonth) return null;
  return {
    precision: "month",
    year: fromYear,
    month: fromMonth,
    day: null,
    edtf: `${fromYear}-${pad(fromMonth)}/${toYear}-${pad(toMonth)}`,
  };
}

function yearRange(from: number, toText: string): Parts | null {
  // "1942-43" names the second year by its last two digits.
  const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
  if (to <= from || to - from > 100) return null;
  return { precision: "year", year: from, month: null, day: null, edtf: `${from}/${to}` };
}

const year = (value: number): Parts => ({ precision: "year", year: value, month: null, day: null, edtf: String(value) });
const season = (name: string, value: number) => {
  const [from, to] = SEASONS[name.toLowerCase()]!;
  return monthRange(value, from, value, to);
};

/** Every pattern with what it builds, most specific first: where two overlap, the earlier one wins. */
const PATTERNS: [RegExp, Build][] = [
  // From January 1942 to March 1943 / с января 1942 по март 1943 года
  [
    new RegExp(`\\bfrom\\s+${EN_MONTH}\\s+${YEAR}\\s+(?:to|until|till|through)\\s+${EN_MONTH}\\s+${YEAR}\\b`, "giu"),
    (m) => monthRange(+m[2]!, enMonth(m[1]!), +m[4]!, enMonth(m[3]!)),
  ],
  [
    new RegExp(
      `(?<!\\p{L})с\\s+${RU_MONTH_GENITIVE}\\s+${YEAR}${RU_YEAR_WORD}\\s+(?:по|до)\\s+(${RU_MONTH_NOMINATIVE.slice(1, -1)}|${RU_MONTH_GENITIVE.slice(1, -1)})\\s+${YEAR}${RU_YEAR_WORD}`,
      "giu",
    ),
    (m) => monthRange(+m[2]!, ruMonth(m[1]!), +m[4]!, ruMonth(m[3]!)),
  ],
  // 2024-06-06, 06.06.2024
  [new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, "gu"), (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(`\\b${DAY}\\.(0?[1-9]|1[0-2])\\.${YEAR}\\b`, "gu"), (m) => day(+m[3]!, +m[2]!, +m[1]!)],
  // On June 6, 2024 / June 6th 2024
  [new RegExp(`\\b(?:on\\s+)?${EN_MONTH}\\s+${DAY}${ORDINAL},?\\s+${YEAR}\\b`, "giu"), (m) => day(+m[3]!, enMonth(m[1]!), +m[2]!)],
  // On 6 June 2024 / the 6th of June, 2024
  [
    new RegExp(`\\b(?:on\\s+)?(?:the\\s+)?${DAY}${ORDINAL}\\s+(?:of\\s+)?${EN_MONTH},?\\s+${YEAR}\\b`, "giu"),
    (m) => day(+m[3]!, enMonth(m[2]!), +m[1]!),
  ],
  // 30 января 2020 года
  [
    new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+${RU_MONTH_GENITIVE}\\s+${YEAR}${RU_YEAR_WORD}`, "giu"),
    (m) => day(+m[3]!, ruMonth(m[2]!), +m[1]!),
  ],
  // in the summer of 1943 / летом 1943 года
  [
    new RegExp(`\\b(?:in\\s+)?(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}\\b`, "giu"),
    (m) => season(m[1]!, +m[2]!),
  ],
  [new RegExp(`(?<!\\p{L})(весной|летом|осенью|зимой)\\s+${YEAR}${RU_YEAR_WORD}`, "giu"), (m) => season(m[1]!, +m[2]!)],
  // in 1942–1943 / between 1942 and 1943 / в 1942–1943 годах / с 1942 по 1943 год
  [
    new RegExp(`(?<![\\p{L}\\d])(?:(?:in|в)\\s+)?${YEAR}${DASH}(\\d{4}|\\d{2})(?!\\d)(?:\\s+years|${RU_YEAR_WORD})`, "giu"),
    (m) => yearRange(+m[1]!, m[2]!),
  ],
  [new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|till)\\s+${YEAR}\\b`, "giu"), (m) => yearRange(+m[1]!, m[2]!)],
  [new RegExp(`(?<!\\p{L})с\\s+${YEAR}\\s+(?:по|до)\\s+${YEAR}${RU_YEAR_WORD}`, "giu"), (m) => yearRange(+m[1]!, m[2]!)],
  // in June 2024 / в июне 2024 года / январь 1942
  [new RegExp(`\\b(?:in\\s+)?${EN_MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, "giu"), (m) => month(+m[2]!, enMonth(m[1]!))],
  [new RegExp(`(?<!\\p{L})(?:в\\s+)?${RU_MONTH_PREPOSITIONAL}\\s+${YEAR}${RU_YEAR_WORD}`, "giu"), (m) => month(+m[2]!, ruMonth(m[1]!))],
  [new RegExp(`(?<!\\p{L})${RU_MONTH_NOMINATIVE}\\s+${YEAR}${RU_YEAR_WORD}`, "giu"), (m) => month(+m[2]!, ruMonth(m[1]!))],
  // мая 1975 г., до мая 1945 года
  [new RegExp(`(?<!\\p{L})${RU_MONTH_GENITIVE}\\s+${YEAR}${RU_YEAR_WORD}`, "giu"), (m) => month(+m[2]!, ruMonth(m[1]!))],
  // On January 30 / 6 июня: the year comes from the context
  [new RegExp(`\\b(?:[Oo]n\\s+)?${EN_MONTH}\\s+${DAY}${ORDINAL}\\b(?!\\s*[-–]?\\s*\\d)`, "gu"), (m) => day(null, enMonth(m[1]!), +m[2]!)],
  [
    new RegExp(`\\b(?:[Oo]n\\s+)?(?:the\\s+)?${DAY}${ORDINAL}\\s+(?:of\\s+)?${EN_MONTH}\\b`, "gu"),
    (m) => day(null, enMonth(m[2]!), +m[1]!),
  ],
  [new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+${RU_MONTH_GENITIVE}(?!\\p{L})`, "giu"), (m) => day(null, ruMonth(m[2]!), +m[1]!)],
  // in 1943 / в 1943 году / 1943 г.
  [new RegExp(`\\b(?:in|since|by|until|of)\\s+(?:the\\s+year\\s+)?${YEAR}\\b(?!\\s*[-–]\\s*\\d)`, "giu"), (m) => year(+m[1]!)],
  [new RegExp(`(?<!\\p{L})(?:в|с|к|до|после)\\s+${YEAR}\\s*(?:году|года|г\\.)`, "giu"), (m) => year(+m[1]!)],
  [new RegExp(`(?<![\\p{L}\\d])${YEAR}\\s*(?:году|года|г\\.)`, "giu"), (m) => year(+m[1]!)],
];

/**
 * The dates a text names, in English or Russian, in the order they appear, each with its precision;
 * where two readings overlap, the more specific one is kept ("June 6, 2024", not "June 6").
 */
export function findDatePhrases(text: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, build] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const parts = build(m);
      if (!parts) continue;
      taken.push([start, end]);
      found.push({ ...parts, text: m[0].trim(), index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The phrase with its year filled in (a day or month named without one). */
export function withYear(phrase: DatePhrase, value: number): DatePhrase | null {
  if (phrase.year !== null) return phrase;
  const parts = phrase.day !== null ? day(value, phrase.month!, phrase.day) : month(value, phrase.month!);
  return parts ? { ...phrase, ...parts } : null;
}
