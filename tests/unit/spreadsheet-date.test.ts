import { describe, expect, it } from "vitest";
import { parseHistoricalDate, toEdtf } from "@/lib/dates";
import { readSpreadsheetDate } from "@/lib/import/spreadsheet-date";

const NBSP = "\u00a0";

const edtfOf = (cell: string) => readSpreadsheetDate(cell);

describe("a spreadsheet's date cell, read as EDTF", () => {
  it.each([
    // EDTF, and what the editor already reads, mean what they meant
    ["2024-06-06", "2024-06-06"],
    ["1942-06", "1942-06"],
    ["1967", "1967"],
    ["1967~", "1967~"],
    ["1942-01/1943-03", "1942-01/1943-03"],
    ["1941-12", "1941-12"],
    ["1910-11", "1910-11"], // November 1910 in EDTF, never 1910–1911
    ["-0044-03-15", "-0044-03-15"],
    ["c. 1967", "1967~"],
    ["около 1967", "1967~"],
    ["1941–1945", "1941/1945"],
    // Russian registers
    ["09.05.1975", "1975-05-09"],
    ["9.5.1975", "1975-05-09"],
    ["05.1975", "1975-05"],
    ["1975 г.", "1975"],
    ["1975г.", "1975"],
    ["1975 год", "1975"],
    ["1975 года", "1975"],
    ["1941-1945", "1941/1945"],
    ["1941-1945 гг.", "1941/1945"],
    ["1941–1945 гг.", "1941/1945"],
    ["1941 - 1945 годы", "1941/1945"],
    ["1941 г. – 1945 г.", "1941/1945"],
    ["с 1941 по 1945 год", "1941/1945"],
    ["май 1975", "1975-05"],
    ["Май 1975 г.", "1975-05"],
    ["мая 1975 г.", "1975-05"],
    ["в мае 1975 года", "1975-05"],
    ["9 мая 1975 г.", "1975-05-09"],
    ["9 мая 1975 года", "1975-05-09"],
    ["22.06.1941 – 09.05.1945", "1941-06-22/1945-05-09"],
    ["22.06.1941-09.05.1945", "1941-06-22/1945-05-09"],
    ["июнь 1941 – май 1945", "1941-06/1945-05"],
    ["ок. 1967 г.", "1967~"],
    ["ок. 1967", "1967~"],
    ["около 1941–1945 гг.", "1941~/1945~"],
    ["приблизительно 1967", "1967~"],
    ["ок 1967 г.", "1967~"],
    ["октябрь 1941", "1941-10"],
    ["около октября 1941 г.", "1941-10~"],
    ["1960-е", "1960/1969"],
    ["1960-е гг.", "1960/1969"],
    ["1960-х годов", "1960/1969"],
    ["XX век", "1901/2000"],
    ["XX в.", "1901/2000"],
    ["ХХ век", "1901/2000"], // Cyrillic Х, as a Russian keyboard types it
    ["XIX в.", "1801/1900"],
    ["20 век", "1901/2000"],
    // English registers
    ["May 9, 1975", "1975-05-09"],
    ["9 May 1975", "1975-05-09"],
    ["May 1975", "1975-05"],
    ["c. 1967", "1967~"],
    ["circa 1967", "1967~"],
    ["ca. 1967", "1967~"],
    ["1941-45", "1941/1945"],
    ["1941 to 1945", "1941/1945"],
    ["from 1941 to 1945", "1941/1945"],
    ["between 1941 and 1945", "1941/1945"],
    ["June 1941 – May 1945", "1941-06/1945-05"],
    ["1960s", "1960/1969"],
    ["20th century", "1901/2000"],
    // Excel
    ["1975-05-09T00:00:00", "1975-05-09"],
    ["1975-05-09 00:00:00", "1975-05-09"],
    ["1975-05-09 00:00", "1975-05-09"],
    ["1975-05-09T00:00:00.000Z", "1975-05-09"],
    // Leap days
    ["29.02.2024", "2024-02-29"],
    ["29.02.2000", "2000-02-29"],
    ["29 февраля 1944 г.", "1944-02-29"],
    ["February 29, 1944", "1944-02-29"],
    // Spaces as spreadsheets leave them
    [`  09.05.1975 `, "1975-05-09"],
    [`9${NBSP}мая${NBSP}1975${NBSP}г.`, "1975-05-09"],
    [`1975${NBSP}г.`, "1975"],
    [`ок.${NBSP}1967`, "1967~"],
    ["1941  –  1945", "1941/1945"],
    ["9 мая 1975 г", "1975-05-09"],
  ])("%j → %s", (cell, edtf) => {
    expect(edtfOf(cell)).toEqual({ edtf });
    // What it gives is EDTF the editor's own parser reads as it is.
    expect(toEdtf(parseHistoricalDate(edtf))).toBe(edtf);
  });

  it("leaves an empty cell undated", () => {
    expect(readSpreadsheetDate("")).toEqual({ edtf: null });
    expect(readSpreadsheetDate(`  ${NBSP}`)).toEqual({ edtf: null });
    expect(readSpreadsheetDate(null)).toEqual({ edtf: null });
  });
});

describe("a date cell that is refused, with how to write it", () => {
  it("refuses a day and month that may be either way round, naming both ways to write each", () => {
    expect(readSpreadsheetDate("05/09/1975")).toEqual({
      refused: {
        key: "dateAmbiguous",
        params: {
          value: "05/09/1975",
          monthFirst: "1975-05-09",
          monthFirstDots: "09.05.1975",
          dayFirst: "1975-09-05",
          dayFirstDots: "05.09.1975",
        },
      },
    });
    expect(readSpreadsheetDate("5-9-1975")).toMatchObject({ refused: { key: "dateAmbiguous" } });
  });

  it("reads a slashed date only one way round makes a day of, and one both ways read alike", () => {
    expect(readSpreadsheetDate("25/12/1975")).toEqual({ edtf: "1975-12-25" });
    expect(readSpreadsheetDate("12/25/1975")).toEqual({ edtf: "1975-12-25" });
    expect(readSpreadsheetDate("05/05/1975")).toEqual({ edtf: "1975-05-05" });
  });

  it.each(["9.5.75", "09.05.75", "05/09/75", "9-5-75"])("refuses the two-digit year of %j", (cell) => {
    expect(readSpreadsheetDate(cell)).toEqual({ refused: { key: "dateTwoDigitYear", params: { value: cell } } });
  });

  it.each([
    ["31.02.1975", 2, 1975, 28],
    ["29.02.1975", 2, 1975, 28],
    ["29.02.1900", 2, 1900, 28],
    ["31.04.1975", 4, 1975, 30],
    ["31 февраля 1975 г.", 2, 1975, 28],
    ["1975-02-31 00:00:00", 2, 1975, 28],
    ["31/02/1975", 2, 1975, 28],
  ])("refuses %j: no such day", (cell, month, year, days) => {
    expect(readSpreadsheetDate(cell)).toEqual({ refused: { key: "dateNoSuchDay", params: { value: cell, month, year, days } } });
  });

  it("refuses a range that ends before it starts", () => {
    expect(readSpreadsheetDate("1945–1941 гг.")).toEqual({ refused: { key: "dateRangeBackwards", params: { value: "1945–1941 гг." } } });
    expect(readSpreadsheetDate("09.05.1945 – 22.06.1941")).toMatchObject({ refused: { key: "dateRangeBackwards" } });
  });

  it.each(["вчера", "начало XX века", "9 мая", "May 9", "13.1975", "весна", "1975-05-09 г. и позже", "27523"])(
    "refuses %j as no date it reads",
    (cell) => {
      expect(readSpreadsheetDate(cell)).toEqual({ refused: { key: "dateNotRead", params: { value: cell } } });
    },
  );

  it("leaves a cell longer than any date to the editor's schema, which refuses it by its length as before", () => {
    const long = `9 мая 1975 г. ${"и ещё ".repeat(20)}`.trim();
    expect(readSpreadsheetDate(long)).toEqual({ edtf: long });
  });

  it("leaves text that looks like EDTF to the editor's own parser, which says what is wrong with it", () => {
    expect(readSpreadsheetDate("1967?")).toEqual({ edtf: "1967?" });
    expect(readSpreadsheetDate("1945/1941")).toEqual({ edtf: "1945/1941" });
  });
});
