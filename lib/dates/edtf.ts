import edtf, { parse } from "edtf";
import { pointToEdtf } from "./edtf-text";
import type { DatePoint, HistoricalDate } from "./historical-date";

export class DateInputError extends Error {}

interface ParsedEdtfDate {
  type: "Date";
  values: number[];
  approximate?: boolean;
  uncertain?: boolean;
  unspecified?: number;
}

interface ParsedEdtfInterval {
  type: "Interval";
  values: [ParsedEdtfDate | null, ParsedEdtfDate | null];
}

/** Texts kept by each memo below: far more than the distinct dates one import or one page sees. */
const MEMO_SIZE = 4096;

/**
 * A pure function of a date text, remembered: the edtf parser builds its grammar anew on every call,
 * which made it most of an import's CPU time (each row's date is parsed several times on its way in,
 * and rows share dates). A text that throws is not remembered.
 */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/** The parser's reading of a text; read only, never changed, as it is shared. */
const parseEdtf = remembered((text) => parse(text) as ParsedEdtfDate | ParsedEdtfInterval);
const edgesOf = remembered((text) => {
  const { min, max } = edtf(text);
  return { min, max };
});

/** Accept the ways people write dates in forms ("c. 1967", "1942–1943") as well as EDTF itself. */
function normalise(input: string): string {
  let text = input.trim();
  const circa = /^(c\.|ca\.|circa|ок\.|около)\s*/i;
  if (circa.test(text)) text = `${text.replace(circa, "")}~`;
  return text.replace(/\s*[–—]\s*/g, "/").replace(/\s+\/\s+/g, "/");
}

function toPoint(parsed: ParsedEdtfDate, original: string): DatePoint {
  if (parsed.uncertain) {
    throw new DateInputError(`"${original}": uncertain dates ("?") are not supported; use "~" for circa`);
  }
  if (parsed.unspecified) {
    throw new DateInputError(`"${original}": unspecified digits ("X") are not supported; give the year`);
  }
  const [year, month, day] = parsed.values;
  if (year === undefined) throw new DateInputError(`"${original}" has no year`);
  return {
    year,
    month: month === undefined ? undefined : month + 1,
    day,
    circa: Boolean(parsed.approximate),
  };
}

/**
 * The longest date text accepted. The longest real date ("-12345-12-31~/-12345-12-31~" and the like)
 * is well under it; the parser's cost grows faster than its input, and visitors reach it through the
 * viewport API, so anything longer is refused before parsing.
 */
export const MAX_DATE_INPUT_LENGTH = 64;

/** The characters of the EDTF this app reads (levels 0–1, intervals); sets, times and level 2 are refused unparsed. */
const EDTF_CHARACTERS = /^[0-9XY~?%./-]+$/;

function notUnderstood(input: string): DateInputError {
  return new DateInputError(
    `"${input}" is not a date this app understands: use 2024-06-06, 2024-06, 1967, 1967~ (circa) or 1942-01/1943-03 (range)`,
  );
}

/** Parse EDTF level 0–1 dates and closed intervals: "2024-06-06", "1942-01/1943-03", "1967~". */
export function parseHistoricalDate(input: string): HistoricalDate {
  if (input.length > MAX_DATE_INPUT_LENGTH) {
    throw new DateInputError(`The date is ${input.length} characters long; a date has at most ${MAX_DATE_INPUT_LENGTH} characters`);
  }
  const text = normalise(input);
  if (text === "") throw new DateInputError("The date is empty");
  if (!EDTF_CHARACTERS.test(text)) throw notUnderstood(input);
  let parsed: ParsedEdtfDate | ParsedEdtfInterval;
  try {
    parsed = parseEdtf(text);
  } catch {
    throw notUnderstood(input);
  }
  if (parsed.type === "Date") return { start: toPoint(parsed, input) };
  if (parsed.type === "Interval") {
    const [lower, upper] = parsed.values;
    // edtf gives an open end ("..") as Infinity, not null.
    if (typeof lower !== "object" || typeof upper !== "object" || !lower || !upper)
      throw new DateInputError(`"${input}": open-ended ranges are not supported; give both ends`);
    const date = { start: toPoint(lower, input), end: toPoint(upper, input) };
    if (timeBounds(date).startTime > timeBounds(date).endTime) {
      throw new DateInputError(`"${input}": the range ends before it starts`);
    }
    return date;
  }
  throw new DateInputError(`"${input}": this kind of EDTF expression is not supported`);
}

/** The first and last millisecond a date covers: "June 1942" covers the whole month. */
export function timeBounds(date: HistoricalDate): { startTime: number; endTime: number } {
  const startTime = edgesOf(pointToEdtf({ ...date.start, circa: false })).min;
  const endTime = edgesOf(pointToEdtf({ ...(date.end ?? date.start), circa: false })).max;
  return { startTime, endTime };
}
