export type { DatePoint, HistoricalDate, DatePrecision, StoredDateColumns } from "./historical-date";
export { precisionOf, fromStoredColumns } from "./historical-date";
export { parseHistoricalDate, timeBounds, DateInputError } from "./edtf";
export { toEdtf, edtfDayOf } from "./edtf-text";
export { formatHistoricalDate } from "./format-historical-date";
export { toStoredColumns } from "./stored-columns";
