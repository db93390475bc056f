export { DateInputError, parseHistoricalDate, timeBounds } from "./edtf";
export { edtfDayOf, toEdtf } from "./edtf-text";
export { formatHistoricalDate } from "./format-historical-date";
export type { DatePoint, DatePrecision, HistoricalDate, StoredDateColumns } from "./historical-date";
export { fromStoredColumns, precisionOf } from "./historical-date";
export { toStoredColumns } from "./stored-columns";
