/** How many days a month (1–12) of a year has, leap years included (years before 100 too: Date.UTC would take 75 as 1975). */
export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
