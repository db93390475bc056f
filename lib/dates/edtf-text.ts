import type { DatePoint, HistoricalDate } from "./historical-date";

// Writing EDTF needs no parser, so the browser can import this without the edtf package.

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, "0");
  return value < 0 ? `-${digits}` : digits;
}

export function pointToEdtf(point: DatePoint): string {
  let text = pad(point.year, 4);
  if (point.month !== undefined) text += `-${pad(point.month, 2)}`;
  if (point.day !== undefined) text += `-${pad(point.day, 2)}`;
  return point.circa ? `${text}~` : text;
}

export function toEdtf(date: HistoricalDate): string {
  return date.end ? `${pointToEdtf(date.start)}/${pointToEdtf(date.end)}` : pointToEdtf(date.start);
}

/** An EDTF day for a timestamp, for URLs and API parameters ("1942-01-05", "-0044-03-15"). */
export function edtfDayOf(time: number): string {
  const date = new Date(time);
  return pointToEdtf({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    circa: false,
  });
}
