/**
 * A historical date kept at the precision the sources give: a year, a month or a day,
 * optionally "circa", optionally a range. Months and days are 1-based; years are
 * astronomical (0 = 1 BC, -43 = 44 BC).
 */
export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
  circa: boolean;
}

export interface HistoricalDate {
  start: DatePoint;
  /** Absent for a single date. */
  end?: DatePoint;
}

export type DatePrecision = "day" | "month" | "year";

export function precisionOf(point: DatePoint): DatePrecision {
  if (point.day !== undefined) return "day";
  if (point.month !== undefined) return "month";
  return "year";
}

/** The columns an entry stores for its date (see prisma/schema.prisma). */
export interface StoredDateColumns {
  dateEdtf: string | null;
  startYear: number | null;
  startMonth: number | null;
  startDay: number | null;
  startCirca: boolean;
  endYear: number | null;
  endMonth: number | null;
  endDay: number | null;
  endCirca: boolean;
  startTime: number | null;
  endTime: number | null;
}

export function fromStoredColumns(row: Omit<StoredDateColumns, "dateEdtf" | "startTime" | "endTime">): HistoricalDate | null {
  if (row.startYear === null) return null;
  const start: DatePoint = {
    year: row.startYear,
    month: row.startMonth ?? undefined,
    day: row.startDay ?? undefined,
    circa: row.startCirca,
  };
  if (row.endYear === null) return { start };
  return {
    start,
    end: { year: row.endYear, month: row.endMonth ?? undefined, day: row.endDay ?? undefined, circa: row.endCirca },
  };
}
