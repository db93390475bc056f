import { describe, expect, it } from "vitest";
import {
  DateInputError,
  edtfDayOf,
  formatHistoricalDate,
  fromStoredColumns,
  parseHistoricalDate,
  timeBounds,
  toEdtf,
  toStoredColumns,
} from "@/lib/dates";

const iso = (time: number) => new Date(time).toISOString();
const bounds = (input: string) => {
  const { startTime, endTime } = timeBounds(parseHistoricalDate(input));
  return [iso(startTime), iso(endTime)];
};

describe("parseHistoricalDate / toEdtf", () => {
  it("parses a day", () => {
    expect(parseHistoricalDate("2024-06-06")).toEqual({ start: { year: 2024, month: 6, day: 6, circa: false } });
    expect(toEdtf(parseHistoricalDate("2024-06-06"))).toBe("2024-06-06");
  });

  it("parses a month with 1-based months and no day", () => {
    const date = parseHistoricalDate("2024-06");
    expect(date).toEqual({ start: { year: 2024, month: 6, day: undefined, circa: false } });
    expect(date.start.day).toBeUndefined();
    expect(date.end).toBeUndefined();
    expect(toEdtf(date)).toBe("2024-06");
  });

  it("parses a year", () => {
    const date = parseHistoricalDate("1967");
    expect(date.start).toMatchObject({ year: 1967, circa: false });
    expect(date.start.month).toBeUndefined();
    expect(toEdtf(date)).toBe("1967");
  });

  it("parses a month range", () => {
    const date = parseHistoricalDate("1942-01/1943-03");
    expect(date).toEqual({
      start: { year: 1942, month: 1, day: undefined, circa: false },
      end: { year: 1943, month: 3, day: undefined, circa: false },
    });
    expect(toEdtf(date)).toBe("1942-01/1943-03");
  });

  it('parses circa written as EDTF "1967~" and as "c. 1967"', () => {
    expect(parseHistoricalDate("1967~").start).toMatchObject({ year: 1967, circa: true });
    expect(parseHistoricalDate("c. 1967")).toEqual(parseHistoricalDate("1967~"));
    expect(toEdtf(parseHistoricalDate("c. 1967"))).toBe("1967~");
    expect(toEdtf(parseHistoricalDate("ca. 1920"))).toBe("1920~");
    expect(toEdtf(parseHistoricalDate("около 1920"))).toBe("1920~");
  });

  it("accepts an en dash (with or without spaces) as the range separator", () => {
    expect(toEdtf(parseHistoricalDate("1942–1943"))).toBe("1942/1943");
    expect(toEdtf(parseHistoricalDate("1942-01 – 1943-03"))).toBe("1942-01/1943-03");
    expect(toEdtf(parseHistoricalDate("1942—1943"))).toBe("1942/1943");
  });

  it("handles years before 1900", () => {
    expect(parseHistoricalDate("1850-03-01").start).toEqual({ year: 1850, month: 3, day: 1, circa: false });
    expect(toEdtf(parseHistoricalDate("1850-03-01"))).toBe("1850-03-01");
  });

  it("handles astronomical years before year 1", () => {
    expect(parseHistoricalDate("-0044-03-15").start).toEqual({ year: -44, month: 3, day: 15, circa: false });
    expect(toEdtf(parseHistoricalDate("-0044-03-15"))).toBe("-0044-03-15");
    expect(parseHistoricalDate("0000").start.year).toBe(0);
    expect(toEdtf(parseHistoricalDate("0000"))).toBe("0000");
  });

  it("keeps two-digit years as they are (year 45 AD is not 1945)", () => {
    expect(parseHistoricalDate("0045-03-15").start.year).toBe(45);
    expect(toEdtf(parseHistoricalDate("0045-03-15"))).toBe("0045-03-15");
    expect(toEdtf(parseHistoricalDate("0001"))).toBe("0001");
  });

  it("rejects garbage with a DateInputError that explains the accepted forms", () => {
    expect(() => parseHistoricalDate("banana")).toThrow(DateInputError);
    expect(() => parseHistoricalDate("banana")).toThrow(/use 2024-06-06/);
    expect(() => parseHistoricalDate("January 1942")).toThrow(DateInputError);
    expect(() => parseHistoricalDate("1942-13")).toThrow(DateInputError);
    expect(() => parseHistoricalDate("2024-02-30")).toThrow(DateInputError);
  });

  it("rejects an empty date", () => {
    expect(() => parseHistoricalDate("")).toThrow(DateInputError);
    expect(() => parseHistoricalDate("   ")).toThrow("The date is empty");
  });

  it('rejects uncertain dates ("?")', () => {
    expect(() => parseHistoricalDate("1967?")).toThrow(DateInputError);
    expect(() => parseHistoricalDate("1967?")).toThrow(/uncertain/);
    expect(() => parseHistoricalDate("1942-01-05?")).toThrow(/uncertain/);
  });

  it("rejects unspecified digits", () => {
    expect(() => parseHistoricalDate("196X")).toThrow(/unspecified/);
  });

  it('rejects ranges with an unknown end ("1942/")', () => {
    expect(() => parseHistoricalDate("1942/")).toThrow(DateInputError);
    expect(() => parseHistoricalDate("1942/")).toThrow(/open-ended/);
    expect(() => parseHistoricalDate("/1942")).toThrow(/open-ended/);
  });

  it('rejects open ranges ("1942/..", "../1942") with a DateInputError', () => {
    // edtf represents ".." as Infinity, not null.
    expect(() => parseHistoricalDate("1942/..")).toThrow(DateInputError);
    expect(() => parseHistoricalDate("1942/..")).toThrow(/open-ended/);
    expect(() => parseHistoricalDate("../1942")).toThrow(/open-ended/);
  });

  it("rejects reversed ranges", () => {
    expect(() => parseHistoricalDate("1943/1942")).toThrow(DateInputError);
    expect(() => parseHistoricalDate("1943/1942")).toThrow(/ends before it starts/);
    expect(() => parseHistoricalDate("1943-03–1942-01")).toThrow(/ends before it starts/);
  });

  it("accepts a range whose ends are the same year at different precision", () => {
    expect(toEdtf(parseHistoricalDate("1942/1942-06"))).toBe("1942/1942-06");
  });
});

describe("parsing a date text again (the parser's readings are remembered)", () => {
  it("gives the same answer each time, which its caller may change without changing the next", () => {
    const first = parseHistoricalDate("1942-01/1943-03");
    first.start.year = 1000;
    first.end!.month = 1;
    expect(parseHistoricalDate("1942-01/1943-03")).toEqual({
      start: { year: 1942, month: 1, day: undefined, circa: false },
      end: { year: 1943, month: 3, day: undefined, circa: false },
    });
    expect(timeBounds(parseHistoricalDate("1942-01/1943-03"))).toEqual(timeBounds(parseHistoricalDate("1942-01/1943-03")));
    expect(() => parseHistoricalDate("1943/1942")).toThrow(/ends before it starts/);
    expect(() => parseHistoricalDate("1943/1942")).toThrow(/ends before it starts/);
  });
});

describe("timeBounds", () => {
  it("covers a whole day", () => {
    expect(bounds("2024-06-06")).toEqual(["2024-06-06T00:00:00.000Z", "2024-06-06T23:59:59.999Z"]);
  });

  it("covers a whole month, including leap-year February", () => {
    expect(bounds("2024-06")).toEqual(["2024-06-01T00:00:00.000Z", "2024-06-30T23:59:59.999Z"]);
    expect(bounds("2024-02")).toEqual(["2024-02-01T00:00:00.000Z", "2024-02-29T23:59:59.999Z"]);
  });

  it("covers a whole year", () => {
    expect(bounds("1967")).toEqual(["1967-01-01T00:00:00.000Z", "1967-12-31T23:59:59.999Z"]);
  });

  it("a month range ends on the last millisecond of its last month", () => {
    const { startTime, endTime } = timeBounds(parseHistoricalDate("1942-01/1943-03"));
    expect(startTime).toBe(Date.UTC(1942, 0, 1));
    expect(endTime).toBe(Date.UTC(1943, 3, 1) - 1);
    expect(iso(endTime)).toBe("1943-03-31T23:59:59.999Z");
  });

  it("ignores circa for the bounds", () => {
    expect(timeBounds(parseHistoricalDate("1967~"))).toEqual(timeBounds(parseHistoricalDate("1967")));
  });

  it("handles years before 1900", () => {
    expect(bounds("1850-03-01")).toEqual(["1850-03-01T00:00:00.000Z", "1850-03-01T23:59:59.999Z"]);
  });

  it("handles years before year 1", () => {
    expect(bounds("-0044-03-15")).toEqual(["-000044-03-15T00:00:00.000Z", "-000044-03-15T23:59:59.999Z"]);
    expect(bounds("0000")).toEqual(["0000-01-01T00:00:00.000Z", "0000-12-31T23:59:59.999Z"]);
  });

  it("does not turn years 0–99 into 1900–1999", () => {
    expect(bounds("0045-03-15")).toEqual(["0045-03-15T00:00:00.000Z", "0045-03-15T23:59:59.999Z"]);
    expect(bounds("0001")).toEqual(["0001-01-01T00:00:00.000Z", "0001-12-31T23:59:59.999Z"]);
    expect(new Date(timeBounds(parseHistoricalDate("0045")).startTime).getUTCFullYear()).toBe(45);
  });
});

describe("edtfDayOf", () => {
  it("gives the EDTF day of a timestamp", () => {
    expect(edtfDayOf(Date.UTC(1942, 0, 5, 13, 30))).toBe("1942-01-05");
    expect(edtfDayOf(Date.UTC(2024, 11, 31, 23, 59, 59, 999))).toBe("2024-12-31");
  });

  it("round-trips days before year 1 and in years 1–99", () => {
    expect(edtfDayOf(timeBounds(parseHistoricalDate("-0044-03-15")).startTime)).toBe("-0044-03-15");
    expect(edtfDayOf(timeBounds(parseHistoricalDate("0045-03-15")).endTime)).toBe("0045-03-15");
    expect(edtfDayOf(timeBounds(parseHistoricalDate("0001")).startTime)).toBe("0001-01-01");
  });
});

describe("toStoredColumns / fromStoredColumns", () => {
  it("stores a month range as parts plus instants", () => {
    expect(toStoredColumns(parseHistoricalDate("1942-01/1943-03"))).toEqual({
      dateEdtf: "1942-01/1943-03",
      startYear: 1942,
      startMonth: 1,
      startDay: null,
      startCirca: false,
      endYear: 1943,
      endMonth: 3,
      endDay: null,
      endCirca: false,
      startTime: Date.UTC(1942, 0, 1),
      endTime: Date.UTC(1943, 3, 1) - 1,
    });
  });

  it("stores a single circa year with no end parts", () => {
    const columns = toStoredColumns(parseHistoricalDate("c. 1967"));
    expect(columns).toMatchObject({
      dateEdtf: "1967~",
      startYear: 1967,
      startMonth: null,
      startCirca: true,
      endYear: null,
      endCirca: false,
    });
    expect(columns.startTime).toBe(Date.UTC(1967, 0, 1));
    expect(columns.endTime).toBe(Date.UTC(1968, 0, 1) - 1);
  });

  it("stores no date as all nulls", () => {
    expect(toStoredColumns(null)).toEqual({
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
    });
    expect(fromStoredColumns(toStoredColumns(null))).toBeNull();
  });

  it("round-trips through the stored columns", () => {
    for (const input of ["2024-06-06", "1942-01/1943-03", "1967~", "-0044-03-15", "0045"]) {
      expect(toEdtf(fromStoredColumns(toStoredColumns(parseHistoricalDate(input)))!)).toBe(input);
    }
  });
});

describe("formatHistoricalDate (English)", () => {
  const en = (input: string) => formatHistoricalDate(parseHistoricalDate(input), "en");

  it('day: "6 June 2024"', () => {
    expect(en("2024-06-06")).toBe("6 June 2024");
  });

  it('month: "June 2024"', () => {
    expect(en("2024-06")).toBe("June 2024");
  });

  it('year range: "1942–1943" with an unspaced en dash', () => {
    expect(en("1942–1943")).toBe("1942–1943");
  });

  it('month range: "January 1942 – March 1943" with a spaced en dash', () => {
    expect(en("1942-01/1943-03")).toBe("January 1942 – March 1943");
  });

  it('circa: "c. 1967"', () => {
    expect(en("c. 1967")).toBe("c. 1967");
    expect(en("1967~")).toBe("c. 1967");
  });

  it("collapses a range whose ends read the same", () => {
    expect(en("1942/1942")).toBe("1942");
  });

  it("formats years before 1900 in full", () => {
    expect(en("1850-03-01")).toBe("1 March 1850");
  });

  it('astronomical year -44 is 45 BC: "15 March 45 BC"', () => {
    expect(en("-0044-03-15")).toBe("15 March 45 BC");
    expect(en("-0044")).toBe("45 BC");
    expect(en("0000")).toBe("1 BC");
  });

  it("formats years 1–99 without turning them into 19xx", () => {
    expect(en("0001")).toBe("1");
    expect(en("0045")).toBe("45");
    expect(en("0045-03-15")).toBe("15 March 45");
    expect(en("0045-03-15")).not.toMatch(/1945/);
  });
});

describe("formatHistoricalDate (Russian)", () => {
  const ru = (input: string) => formatHistoricalDate(parseHistoricalDate(input), "ru");

  it('day: "6 июня 2024 г." (as Intl prints it, plain spaces)', () => {
    expect(ru("2024-06-06")).toBe("6 июня 2024 г.");
  });

  it("month and month range", () => {
    expect(ru("2024-06")).toBe("июнь 2024 г.");
    expect(ru("1942-01/1943-03")).toBe("январь 1942 г. – март 1943 г.");
  });

  it('circa and BC: "ок. 1967", "15 марта 45 до н. э."', () => {
    expect(ru("c. 1967")).toBe("ок. 1967");
    expect(ru("-0044-03-15")).toBe("15 марта 45 до н. э.");
  });
});

// The parser's cost grows faster than the input (a 16 KB set took over a second, a 200 KB date
// exhausted the heap), and the viewport API hands it what anonymous visitors type: the text is
// refused by its length and characters before the parser sees it.
describe("parseHistoricalDate bounds its input before parsing", () => {
  it("refuses a date longer than any real one, naming the limit", () => {
    const long = `[${"1942,".repeat(3000)}1943]`;
    expect(() => parseHistoricalDate(long)).toThrow(DateInputError);
    expect(() => parseHistoricalDate(long)).toThrow(/at most 64 characters/);
    expect(() => parseHistoricalDate("1".repeat(200_000))).toThrow(/at most 64 characters/);
  });

  it("refuses characters no supported date uses, before parsing", () => {
    for (const input of ["[1942,1943]", "{1942..1943}", "1942-01-01T10:00", "1942\u00001", "1942'; DROP TABLE Entry;--", "١٩٤٢"]) {
      expect(() => parseHistoricalDate(input), input).toThrow(/not a date this app understands/);
    }
  });

  it("still reads every form people type", () => {
    expect(toEdtf(parseHistoricalDate("c. 1967"))).toBe("1967~");
    expect(toEdtf(parseHistoricalDate("около 1967"))).toBe("1967~");
    expect(toEdtf(parseHistoricalDate("1942 – 1943"))).toBe("1942/1943");
    expect(toEdtf(parseHistoricalDate("-0044-03-15"))).toBe("-0044-03-15");
  });
});
