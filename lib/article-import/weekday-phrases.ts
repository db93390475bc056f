import type { DatePhrase } from "./date-phrases";

/** Day of the week (0 = Sunday) by the forms news writes them in after "on" / "в" ("во вторник", "в среду"). */
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  воскресенье: 0,
  понедельник: 1,
  вторник: 2,
  среду: 3,
  четверг: 4,
  пятницу: 5,
  субботу: 6,
};
const WEEKDAY = new RegExp(`(?<![\\p{L}])(?:on|во?)\\s+(${Object.keys(WEEKDAYS).join("|")})(?![\\p{L}])`, "iu");
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The day a sentence's "on Wednesday" / "в среду" names, counted back from the day the item is dated
 * (its dateline or its page's publication day): news reports what has happened, so the weekday is
 * the last one on or before that day. Null when the sentence names no weekday or the day is not a day.
 */
export function weekdayPhrase(sentence: { text: string; start: number }, reference: string): DatePhrase | null {
  const m = WEEKDAY.exec(sentence.text);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference);
  if (!m || !day) return null;
  const dated = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const back = (dated.getUTCDay() - WEEKDAYS[m[1]!.toLowerCase()]! + 7) % 7;
  dated.setUTCDate(dated.getUTCDate() - back);
  const [year, month, dayOfMonth] = [dated.getUTCFullYear(), dated.getUTCMonth() + 1, dated.getUTCDate()];
  return {
    text: m[0],
    index: sentence.start + m.index,
    precision: "day",
    year,
    month,
    day: dayOfMonth,
    edtf: `${year}-${pad(month)}-${pad(dayOfMonth)}`,
  };
}
