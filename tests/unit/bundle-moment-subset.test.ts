import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import realMoment from "moment";
import "moment/locale/ru";
import * as visTimeline from "vis-timeline/esnext";
import { afterAll, describe, expect, it } from "vitest";
import shimMoment from "@/app/_shims/moment-for-timeline";

/**
 * next.config.js gives vis-timeline app/_shims/moment-for-timeline.ts in place of moment. This runs
 * vis-timeline's own axis stepping (TimeStep: steps, labels, class names) with the installed moment
 * and with the stand-in, in English and Russian and in several time zones, and compares the moments'
 * fields, arithmetic and formats directly over many dates, including years before 100 and BC.
 */

const require = createRequire(__filename);
const timelineSource = fs.readFileSync(
  path.join(path.dirname(require.resolve("vis-timeline/package.json")), "esnext/esm/vis-timeline-graph2d.mjs"),
  "utf8",
);

type AnyMoment = ReturnType<typeof realMoment> | ReturnType<typeof shimMoment>;
type MomentFunction = ((input?: number | Date | string | AnyMoment) => ReturnType<typeof realMoment>) & {
  locale: (names?: string | string[]) => string;
};
const MOMENTS = { moment: realMoment as unknown as MomentFunction, shim: shimMoment as unknown as MomentFunction };

interface TimeStepLike {
  start(): void;
  hasNext(): boolean;
  next(): void;
  getCurrent(): AnyMoment;
  getLabelMinor(): string;
  getLabelMajor(): string;
  isMajor(): boolean;
  getClassName(): string;
  scale: string;
  step: number;
}
/** vis-timeline's axis stepper: exported at run time, not in its type declarations. */
const { TimeStep } = (visTimeline as unknown as { timeline: { TimeStep: new (...args: unknown[]) => TimeStepLike } }).timeline;

// Time zones with and without summer time, a half-hour offset, a southern summer and old local mean times.
const ZONES = ["UTC", "Europe/Moscow", "America/New_York", "Asia/Kolkata", "Australia/Adelaide"];
const LOCALES = ["en", "ru"];
const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
});

const DAY = 864e5;
/** A local date, years 0–99 and BC included. */
function at(year: number, month = 0, day = 1, hour = 0): number {
  const date = new Date(2000, month, day, hour);
  date.setFullYear(year);
  return date.getTime();
}

/** Everything TimeStep shows for a window, as vis-timeline's axis asks it (about 50 px per label on a 1366 px axis). */
function axis(moment: MomentFunction, start: number, end: number, showWeekScale: boolean): string[] {
  const minimumStep = ((end - start) / 1366) * 50;
  const step = new TimeStep(new Date(start), new Date(end), minimumStep, [], { moment, showMajorLabels: true, showWeekScale });
  const seen = [`${step.scale}×${step.step}`];
  step.start();
  for (let i = 0; i < 120 && step.hasNext(); i++) {
    seen.push([step.getCurrent().valueOf(), step.getLabelMinor(), step.getLabelMajor(), step.isMajor(), step.getClassName()].join(" | "));
    step.next();
  }
  return seen;
}

const WINDOWS: [number, number][] = [
  [at(1941, 5, 22), at(1945, 4, 9)],
  [at(1940, 0, 1), at(2024, 0, 1)],
  [at(1930, 0, 1), at(2030, 0, 1)],
  [at(1942, 6, 17), at(1943, 1, 2)],
  [at(1943, 2, 1), at(1943, 3, 1)],
  [at(2024, 2, 28), at(2024, 3, 3)],
  [at(2024, 9, 26), at(2024, 10, 4)],
  [at(2024, 2, 31, 0), at(2024, 2, 31, 6)],
  [at(2024, 9, 27, 0), at(2024, 9, 27, 1)],
  [at(2016, 1, 27), at(2016, 2, 3)],
  [at(1, 0, 1), at(120, 0, 1)],
  [at(44, 1, 1), at(52, 11, 31)],
  [at(-500, 0, 1), at(300, 0, 1)],
  [at(-3000, 0, 1), at(2000, 0, 1)],
  [at(1999, 11, 25), at(2000, 0, 8)],
  [at(1900, 0, 1), at(1900, 0, 1, 12)],
];

describe("the moment stand-in vis-timeline is built with", () => {
  it("next.config.js aliases moment to the stand-in", () => {
    const config = require("../../next.config.js") as { turbopack?: { resolveAlias?: Record<string, string> } };
    expect(config.turbopack?.resolveAlias?.moment).toBe("./app/_shims/moment-for-timeline.ts");
  });

  it("vis-timeline imports moment only as its default export, and calls no static function the stand-in lacks", () => {
    const imports = [...timelineSource.matchAll(/import\s+(.+?)\s+from\s+['"]moment['"]/g)].map((m) => m[1]);
    expect(imports).toEqual(["moment$3"]);
    const statics = new Set([...timelineSource.matchAll(/moment\$\d\.(\w+)/g)].map((m) => m[1]));
    for (const name of statics) {
      if (name === "lang") continue; // only where `locale` is missing (moment before 2.8.1)
      expect(typeof (shimMoment as unknown as Record<string, unknown>)[name!], `moment.${name}`).toBe("function");
    }
  });

  for (const zone of ZONES) {
    for (const locale of LOCALES) {
      it(`steps and labels the axis as with moment (${zone}, ${locale})`, () => {
        process.env.TZ = zone;
        for (const moment of Object.values(MOMENTS)) moment.locale(locale);
        for (const [start, end] of WINDOWS) {
          for (const showWeekScale of [false, true]) {
            expect(
              axis(MOMENTS.shim, start, end, showWeekScale),
              `${new Date(start).toISOString()}…${new Date(end).toISOString()}`,
            ).toEqual(axis(MOMENTS.moment, start, end, showWeekScale));
          }
        }
      });
    }
  }

  const instants = fc.oneof(
    fc.integer({ min: at(-3000, 0, 1), max: at(3000, 0, 1) }),
    fc.integer({ min: at(0, 0, 1), max: at(120, 0, 1) }),
    fc.integer({ min: at(1940, 0, 1), max: at(1946, 0, 1) }),
  );
  const UNITS = [
    "millisecond",
    "second",
    "minute",
    "hour",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "M",
    "d",
    "y",
  ];
  const FORMATS = [
    "SSS",
    "s",
    "HH:mm",
    "ddd D",
    "D",
    "w",
    "MMM",
    "[Q]Q",
    "YYYY",
    "HH:mm:ss",
    "D MMMM HH:mm",
    "ddd D MMMM",
    "MMMM YYYY",
    "dddd",
    "MMMM",
    "dddd, MMMM Do YYYY, H:mm:ss",
    "MM/DD/YYYY hh:mm",
    "",
  ];

  for (const zone of ["Europe/Moscow", "America/New_York", "Asia/Kolkata"]) {
    it(`reads, sets, adds, rounds, compares and formats dates as moment does (${zone})`, () => {
      process.env.TZ = zone;
      fc.assert(
        fc.property(
          instants,
          fc.constantFrom(...LOCALES),
          fc.constantFrom(...UNITS),
          fc.integer({ min: -400, max: 400 }),
          fc.integer({ min: -3, max: 40 }),
          (time, locale, unit, amount, value) => {
            const results = Object.values(MOMENTS).map((moment) => {
              moment.locale(locale);
              const m = () => moment(time) as ReturnType<typeof realMoment>;
              return {
                fields: [m().year(), m().month(), m().date(), m().day(), m().hours(), m().minutes(), m().seconds(), m().milliseconds()],
                weeks: [m().week(), m().weekday(), m().isoWeekday(), m().dayOfYear()],
                added: [
                  m()
                    .add(amount, unit as "day")
                    .valueOf(),
                  m()
                    .subtract(amount, unit as "day")
                    .valueOf(),
                ],
                set: [
                  m()
                    .year(1900 + amount)
                    .valueOf(),
                  m().month(value).valueOf(),
                  m().date(value).valueOf(),
                  m().hours(value).valueOf(),
                  m().minutes(value).valueOf(),
                  m().seconds(value).valueOf(),
                  m()
                    .milliseconds(value * 37)
                    .valueOf(),
                  m()
                    .weekday(value % 7)
                    .valueOf(),
                  m()
                    .week(Math.abs(value) + 1)
                    .valueOf(),
                  m()
                    .day(value % 7)
                    .valueOf(),
                  m()
                    .dayOfYear(Math.abs(value) * 9 + 1)
                    .valueOf(),
                  m().year(m().year()).month(0).date(0).hours(0).minutes(0).seconds(0).milliseconds(0).valueOf(),
                ],
                edges: ["year", "month", "week", "day", "hour", "minute", "second"].map((u) => [
                  m()
                    .startOf(u as "day")
                    .valueOf(),
                  m()
                    .endOf(u as "day")
                    .valueOf(),
                  m().isSame(time + amount * 36e5, u as "day"),
                ]),
                same: m().isSame(m()),
                diff: [m().diff(time - amount * DAY * 3.3, "days"), m().diff(time + amount * 1e6)],
                formats: FORMATS.map((f) => m().format(f)),
                english: m().locale("en").format("dddd MMMM"),
                cloned: m().locale("en").clone().format("MMMM"),
              };
            });
            expect(results[1]).toEqual(results[0]);
          },
        ),
        { numRuns: 400 },
      );
    });
  }

  it("reads ISO 8601 text as moment does, local time unless an offset is given", () => {
    process.env.TZ = "Europe/Moscow";
    for (const text of [
      "1942-07-17",
      "1942-07",
      "1942",
      "0044-03-15",
      "1942-07-17T10:30",
      "1942-07-17 10:30:15.25",
      "2024-03-31T02:30:00Z",
      "2024-03-31T02:30:00+05:30",
      "2024-03-31T02:30:00-0800",
    ]) {
      expect(shimMoment(text).valueOf(), text).toBe(realMoment(text).valueOf());
    }
  });

  it("chooses and keeps locales as moment does: the first known of a browser's list; an unknown one changes nothing", () => {
    for (const moment of Object.values(MOMENTS)) {
      moment.locale("en");
      expect(moment.locale(["ru-RU", "ru", "en-US"])).toBe("ru");
      expect(moment.locale("xx")).toBe("ru");
      expect(moment(at(1942, 0, 5)).format("D MMMM YYYY")).toBe("5 января 1942");
      expect(
        moment(at(1942, 0, 5))
          .locale("en")
          .format("D MMMM YYYY"),
      ).toBe("5 January 1942");
      moment.locale("en-US");
      expect(moment.locale()).toBe("en");
    }
  });

  it("treats invalid dates as moment does", () => {
    for (const moment of Object.values(MOMENTS)) {
      const invalid = moment(Number.NaN);
      expect(invalid.isValid()).toBe(false);
      expect(invalid.format("YYYY")).toBe("Invalid date");
      expect(invalid.add(1, "day").valueOf()).toBeNaN();
      expect(invalid.year()).toBeNaN();
    }
  });
});
