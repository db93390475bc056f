import { timeBounds } from "./edtf";
import { toEdtf } from "./edtf-text";
import type { HistoricalDate, StoredDateColumns } from "./historical-date";

export function toStoredColumns(date: HistoricalDate | null): StoredDateColumns {
  if (!date) {
    return {
      dateEdtf: null,
      startYear: null,
      startMonth: null,
      startDay: null,
      startCirca: false,
      endYear: null,
      endMonth: null,
      endDay: null,
      endCirca: false,
      startTime: null,
      endTime: null,
    };
  }
  const { startTime, endTime } = timeBounds(date);
  return {
    dateEdtf: toEdtf(date),
    startYear: date.start.year,
    startMonth: date.start.month ?? null,
    startDay: date.start.day ?? null,
    startCirca: date.start.circa,
    endYear: date.end?.year ?? null,
    endMonth: date.end?.month ?? null,
    endDay: date.end?.day ?? null,
    endCirca: date.end?.circa ?? false,
    startTime,
    endTime,
  };
}
