import type { DatePoint, HistoricalDate } from "./historical-date";
import { precisionOf } from "./historical-date";

// Intl's "en" is US English ("June 6, 2024"); the app writes British order ("6 June 2024").
const INTL_LOCALE: Record<string, string> = { en: "en-GB" };

const CIRCA: Record<string, string> = { en: "c.", ru: "ок.", kk: "шамамен" };
const BEFORE_COMMON_ERA: Record<string, string> = { en: "BC", ru: "до н. э.", kk: "б.з.д." };

function yearLabel(year: number, locale: string): string {
  // Astronomical year 0 is 1 BC.
  if (year <= 0) return `${1 - year} ${BEFORE_COMMON_ERA[locale] ?? BEFORE_COMMON_ERA.en}`;
  return String(year);
}

function utcDate(point: DatePoint): Date {
  const date = new Date(Date.UTC(2000, (point.month ?? 1) - 1, point.day ?? 1));
  date.setUTCFullYear(point.year);
  return date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and shape, made once: building an Intl.DateTimeFormat costs far more
 * than formatting with it, and the viewport API formats hundreds of dates per answer.
 */
function formatter(locale: string, withYear: boolean, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}|${withDay}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, {
      timeZone: "UTC",
      ...(withYear ? { year: "numeric" } : {}),
      month: "long",
      ...(withDay ? { day: "numeric" } : {}),
    });
    formatters.set(key, made);
  }
  return made;
}

function formatPoint(point: DatePoint, locale: string): string {
  const precision = precisionOf(point);
  let text: string;
  if (precision === "year" || point.year <= 0) {
    const monthDay = precision === "year" ? "" : `${formatter(locale, false, precision === "day").format(utcDate(point))} `;
    text = monthDay + yearLabel(point.year, locale);
  } else {
    text = formatter(locale, true, precision === "day").format(utcDate(point));
  }
  return point.circa ? `${CIRCA[locale] ?? CIRCA.en} ${text}` : text;
}

/** "6 June 2024", "June 2024", "1942–1943", "January 1942 – March 1943", "c. 1967"; Russian with "г.". */
export function formatHistoricalDate(date: HistoricalDate, locale: string): string {
  const start = formatPoint(date.start, locale);
  if (!date.end) return start;
  const end = formatPoint(date.end, locale);
  if (start === end) return start;
  const bareYears = /^\d+$/.test(start) && /^\d+$/.test(end);
  return bareYears ? `${start}–${end}` : `${start} – ${end}`;
}
