import type { DatePhrase } from "@/lib/dates/date-phrases";

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
/** Days named by their distance from the day the item is dated. */
const DAYS_BACK: Record<string, number> = { today: 0, yesterday: 1, сегодня: 0, вчера: 1, позавчера: 2 };
const DAY_WORD = new RegExp(`(?<![\\p{L}])(${Object.keys(DAYS_BACK).join("|")})(?![\\p{L}])`, "iu");
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The day a sentence names relative to the day the item is dated (its dateline or its page's
 * publication day): "on Wednesday" / "в среду" (news reports what has happened, so the last such
 * weekday on or before that day), "yesterday" / "вчера". Null when the sentence names none or the
 * reference is not a day.
 */
export function relativeDayPhrase(sentence: { text: string; start: number }, reference: string): DatePhrase | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference);
  if (!day) return null;
  const dated = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const weekday = WEEKDAY.exec(sentence.text);
  const word = weekday ? null : DAY_WORD.exec(sentence.text);
  const m = weekday ?? word;
  if (!m) return null;
  const back = weekday ? (dated.getUTCDay() - WEEKDAYS[m[1]!.toLowerCase()]! + 7) % 7 : DAYS_BACK[m[1]!.toLowerCase()]!;
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
