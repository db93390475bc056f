/**
 * Stands in for `moment` inside vis-timeline (next.config.js): the part of moment's API vis-timeline
 * calls, in the browser's local time as moment works, in the site's two languages. It keeps moment's
 * rules where they differ from Date's (a month set on the 31st lands on the last day of a shorter
 * month, years 0–99 are not read as 1900–1999, weeks start on the locale's first day), so the
 * timeline's axis steps and labels come out as they did with moment.
 * tests/unit/bundle-moment-subset.test.ts runs vis-timeline's own axis stepping with this and with the
 * installed moment and compares every step, label and class name.
 *
 * Left out, as vis-timeline does not use them: locales other than English and Russian (asking for one
 * keeps the current locale), parsing text other than ISO 8601 dates and times (other text goes to
 * Date), format tokens its formats do not use, durations, UTC mode, and differences in months.
 */

type Unit = "millisecond" | "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year";
type Input = Moment | Date | number | string | null | undefined;

/** A month's name in a date ("1 января") and on its own ("январь"); the same in English. */
interface MonthNames {
  format: string[];
  standalone: string[];
}

interface LocaleData {
  months: MonthNames;
  monthsShort: MonthNames;
  weekdays: string[];
  weekdaysShort: string[];
  /** The day of the month as an ordinal ("1st", "1-го"). */
  ordinal: (day: number) => string;
  /** The first day of the week (0 is Sunday), and the January day (dow + 7 - doy) always in week 1. */
  dow: number;
  doy: number;
}

const names = (text: string) => text.split("_");
const sameInDates = (text: string): MonthNames => ({ format: names(text), standalone: names(text) });

const LOCALES: Record<string, LocaleData> = {
  en: {
    months: sameInDates("January_February_March_April_May_June_July_August_September_October_November_December"),
    monthsShort: sameInDates("Jan_Feb_Mar_Apr_May_Jun_Jul_Aug_Sep_Oct_Nov_Dec"),
    weekdays: names("Sunday_Monday_Tuesday_Wednesday_Thursday_Friday_Saturday"),
    weekdaysShort: names("Sun_Mon_Tue_Wed_Thu_Fri_Sat"),
    ordinal: (day) => `${day}${Math.trunc((day % 100) / 10) === 1 ? "th" : (["th", "st", "nd", "rd"][day % 10] ?? "th")}`,
    dow: 0,
    doy: 6,
  },
  ru: {
    months: {
      format: names("января_февраля_марта_апреля_мая_июня_июля_августа_сентября_октября_ноября_декабря"),
      standalone: names("январь_февраль_март_апрель_май_июнь_июль_август_сентябрь_октябрь_ноябрь_декабрь"),
    },
    monthsShort: {
      format: names("янв._февр._мар._апр._мая_июня_июля_авг._сент._окт._нояб._дек."),
      standalone: names("янв._февр._март_апр._май_июнь_июль_авг._сент._окт._нояб._дек."),
    },
    weekdays: names("воскресенье_понедельник_вторник_среда_четверг_пятница_суббота"),
    weekdaysShort: names("вс_пн_вт_ср_чт_пт_сб"),
    ordinal: (day) => `${day}-го`,
    dow: 1,
    doy: 4,
  },
};

let globalLocale = "en";

/** The first of `requested` the shim has a locale for ("ru-RU" is "ru"), if any. */
function knownLocale(requested: string | readonly string[]): string | undefined {
  for (const name of typeof requested === "string" ? [requested] : requested) {
    const base = name.toLowerCase().replace("_", "-").split("-")[0]!;
    if (Object.hasOwn(LOCALES, base)) return base;
  }
  return undefined;
}

const SHORT_UNITS: Record<string, Unit> = {
  ms: "millisecond",
  s: "second",
  m: "minute",
  h: "hour",
  d: "day",
  w: "week",
  M: "month",
  Q: "quarter",
  y: "year",
};
const UNITS = new Set<string>(Object.values(SHORT_UNITS));

/** Moment's unit names: short ("M", "d"), singular or plural, in any case but the short ones. */
function unitOf(name: string): Unit | undefined {
  const short = SHORT_UNITS[name] ?? SHORT_UNITS[name.toLowerCase()];
  if (short) return short;
  const singular = name.toLowerCase().replace(/s$/, "");
  return UNITS.has(singular) ? (singular as Unit) : undefined;
}

/** Each unit as moment adds it: in months, in calendar days, or in elapsed milliseconds. */
const MONTHS_IN: Partial<Record<Unit, number>> = { year: 12, quarter: 3, month: 1 };
const DAYS_IN: Partial<Record<Unit, number>> = { week: 7, day: 1 };
const ELAPSED: Partial<Record<Unit, number>> = { millisecond: 1, second: 1e3, minute: 6e4, hour: 36e5 };

/** The sign, then the digits zero-filled to `length` (moment's zeroFill). */
function pad(value: number, length: number): string {
  const digits = String(Math.abs(value));
  return (value < 0 ? "-" : "") + digits.padStart(length, "0");
}

const MS_PER_400_YEARS = (365 * 400 + 97) * 864e5;
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInYear = (year: number) => (isLeapYear(year) ? 366 : 365);

function daysInMonth(year: number, month: number): number {
  const inYear = ((month % 12) + 12) % 12;
  return inYear === 1 ? (isLeapYear(year + (month - inYear) / 12) ? 29 : 28) : 31 - ((inYear % 7) % 2);
}

/** Years 0–99 are shifted 400 years and back: Date would read them as 1900–1999. */
const shifted = (year: number) => year >= 0 && year < 100;

function localDate(year: number, ...rest: [number, number, number, number, number, number]): Date {
  const date = new Date(shifted(year) ? year + 400 : year, ...rest);
  if (shifted(year)) date.setFullYear(year);
  return date;
}

function utcTime(year: number, ...rest: [number, number, number, number, number, number]): number {
  const date = new Date(Date.UTC(shifted(year) ? year + 400 : year, ...rest));
  if (shifted(year)) date.setUTCFullYear(year);
  return date.valueOf();
}

/** Local midnight starting a day, as moment's startOf works it out. */
function localStartOfDate(year: number, month: number, day: number): number {
  return shifted(year) ? new Date(year + 400, month, day).valueOf() - MS_PER_400_YEARS : new Date(year, month, day).valueOf();
}

/** How many days after January 1st the locale's week 1 starts (negative: before it). */
function firstWeekOffset(year: number, { dow, doy }: LocaleData): number {
  const alwaysInWeekOne = 7 + dow - doy;
  return -((7 + new Date(utcTime(year, 0, alwaysInWeekOne, 0, 0, 0, 0)).getUTCDay() - dow) % 7) + alwaysInWeekOne - 1;
}

const weeksInYear = (year: number, locale: LocaleData) =>
  (daysInYear(year) - firstWeekOffset(year, locale) + firstWeekOffset(year + 1, locale)) / 7;

/** The ISO 8601 forms moment reads itself; a date and time without an offset are local time. */
const ISO = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?(Z|[+-]\d\d(?::?\d\d)?)?)?)?)?$/;

function parse(text: string): Date {
  const match = ISO.exec(text);
  if (!match) return new Date(text);
  const [, year, month = "1", day = "1", hour = "0", minute = "0", second = "0", fraction = "0", zone] = match;
  const parts = [
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Math.floor(Number(`0.${fraction}`) * 1000),
  ] as const;
  if (!zone) return localDate(Number(year), ...parts);
  const digits = zone.replace(":", "");
  const offsetMinutes =
    zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3) || 0));
  return new Date(utcTime(Number(year), ...parts) - offsetMinutes * 6e4);
}

const TOKENS = /\[([^[]*)\]|YYYY|YY|Q|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|ww|w|ZZ|Z|./g;
/** Formats where a month's name stands in a date and takes its genitive form in Russian. */
const MONTHS_IN_FORMAT = /D[oD]?(\[[^[\]]*\]|\s)+MMMM?/;

export class Moment {
  /** The date (vis-timeline reads it to spot an invalid one). */
  _d: Date;
  private localeName: string;

  constructor(input: Input) {
    this.localeName = input instanceof Moment ? input.localeName : globalLocale;
    this._d =
      input === undefined
        ? new Date()
        : input === null
          ? new Date(Number.NaN)
          : typeof input === "string"
            ? parse(input)
            : new Date(input.valueOf());
  }

  valueOf(): number {
    return this._d.valueOf();
  }
  toDate(): Date {
    return new Date(this.valueOf());
  }
  clone(): Moment {
    return new Moment(this);
  }
  isValid(): boolean {
    return !Number.isNaN(this.valueOf());
  }
  /** Minutes east of UTC. */
  utcOffset(): number {
    return -Math.round(this._d.getTimezoneOffset());
  }

  locale(): string;
  locale(name: string | readonly string[]): this;
  locale(name?: string | readonly string[]): string | this {
    if (name === undefined) return this.localeName;
    this.localeName = knownLocale(name) ?? this.localeName;
    return this;
  }

  private get localeData(): LocaleData {
    return LOCALES[this.localeName]!;
  }

  /** A date field: its value when `value` is missing, else set in place (when valid) and the moment returned. */
  private field(value: number | null | undefined, get: (date: Date) => number, set: (date: Date, value: number) => void): number | this {
    if (value == null) return get(this._d);
    if (this.isValid() && !Number.isNaN(value)) set(this._d, value);
    return this;
  }

  year(): number;
  year(value: number): this;
  year(value?: number): number | this {
    const month = this._d.getMonth();
    const date = this._d.getDate();
    return this.field(
      value,
      (d) => d.getFullYear(),
      (d, year) => d.setFullYear(year, month, date === 29 && month === 1 && !isLeapYear(year) ? 28 : date),
    );
  }
  month(): number;
  month(value: number): this;
  month(value?: number): number | this {
    const date = this._d.getDate();
    return this.field(
      value,
      (d) => d.getMonth(),
      (d, month) => d.setMonth(month, date < 29 ? date : Math.min(date, daysInMonth(d.getFullYear(), month))),
    );
  }
  date(): number;
  date(value: number): this;
  date(value?: number): number | this {
    return this.field(
      value,
      (d) => d.getDate(),
      (d, date) => d.setDate(date),
    );
  }
  hours(): number;
  hours(value: number): this;
  hours(value?: number): number | this {
    return this.field(
      value,
      (d) => d.getHours(),
      (d, hours) => d.setHours(hours),
    );
  }
  minutes(): number;
  minutes(value: number): this;
  minutes(value?: number): number | this {
    return this.field(
      value,
      (d) => d.getMinutes(),
      (d, minutes) => d.setMinutes(minutes),
    );
  }
  seconds(): number;
  seconds(value: number): this;
  seconds(value?: number): number | this {
    return this.field(
      value,
      (d) => d.getSeconds(),
      (d, seconds) => d.setSeconds(seconds),
    );
  }
  milliseconds(): number;
  milliseconds(value: number): this;
  milliseconds(value?: number): number | this {
    return this.field(
      value,
      (d) => d.getMilliseconds(),
      (d, milliseconds) => d.setMilliseconds(milliseconds),
    );
  }

  /** `current` when `value` is missing, else the moment moved by whole days to `value` (steps of `daysPerStep`). */
  private countedInDays(current: number, value: number | undefined, daysPerStep = 1): number | this {
    return value == null ? current : this.add((value - current) * daysPerStep, "day");
  }
  day(): number;
  day(value: number): this;
  day(value?: number): number | this {
    return this.countedInDays(this._d.getDay(), value);
  }
  /** The day of the week counted from the locale's first day (Sunday in English, Monday in Russian). */
  weekday(): number;
  weekday(value: number): this;
  weekday(value?: number): number | this {
    return this.countedInDays((this.day() + 7 - this.localeData.dow) % 7, value);
  }
  isoWeekday(): number {
    return this.day() || 7;
  }
  dayOfYear(): number;
  dayOfYear(value: number): this;
  dayOfYear(value?: number): number | this {
    const day = Math.round((this.clone().startOf("day").valueOf() - this.clone().startOf("year").valueOf()) / 864e5) + 1;
    return this.countedInDays(day, value);
  }
  /** The locale's week of the year. */
  week(): number;
  week(value: number): this;
  week(value?: number): number | this {
    const locale = this.localeData;
    const year = this.year();
    let week = Math.floor((this.dayOfYear() - firstWeekOffset(year, locale) - 1) / 7) + 1;
    if (week < 1) week += weeksInYear(year - 1, locale);
    else if (week > weeksInYear(year, locale)) week -= weeksInYear(year, locale);
    return this.countedInDays(week, value, 7);
  }

  /** As moment adds: months first (kept within the month's length), then calendar days, then elapsed time. */
  add(amount: number, unitName?: string): this {
    const unit = unitName === undefined ? "millisecond" : unitOf(unitName);
    if (!unit || !this.isValid()) return this;
    const whole = (n: number) => Math.sign(n) * Math.round(Math.abs(n));
    const months = whole((MONTHS_IN[unit] ?? 0) * amount);
    const days = whole((DAYS_IN[unit] ?? 0) * amount);
    if (months) this.month(this.month() + months);
    if (days) this.date(this.date() + days);
    const elapsed = ELAPSED[unit];
    if (elapsed) this._d.setTime(this.valueOf() + amount * elapsed);
    return this;
  }
  subtract(amount: number, unitName?: string): this {
    return this.add(-amount, unitName);
  }

  startOf(unitName: string): this {
    return this.toEdge(unitName, 0);
  }
  endOf(unitName: string): this {
    return this.toEdge(unitName, 1);
  }
  /** To the first (`end` 0) or the last (`end` 1) millisecond of the unit the moment is in. */
  private toEdge(unitName: string, end: 0 | 1): this {
    const unit = unitOf(unitName);
    if (!unit || unit === "millisecond" || !this.isValid()) return this;
    const time = this.valueOf();
    const size = ELAPSED[unit];
    if (size) {
      // Hours are counted in local time; minutes and seconds in UTC, as moment does.
      const local = unit === "hour" ? this.utcOffset() * 6e4 : 0;
      this._d.setTime(time - ((((time + local) % size) + size) % size) + end * (size - 1));
      return this;
    }
    const [year, month, date] = [this.year(), this.month(), this.date()];
    const starts: Record<string, [number, number, number]> = {
      year: [year + end, 0, 1],
      quarter: [year, month - (month % 3) + end * 3, 1],
      month: [year, month + end, 1],
      week: [year, month, date - this.weekday() + end * 7],
      day: [year, month, date + end],
    };
    this._d.setTime(localStartOfDate(...starts[unit]!) - end);
    return this;
  }

  isSame(input: Input, unitName?: string): boolean {
    const other = input instanceof Moment ? input : new Moment(input);
    if (!this.isValid() || !other.isValid()) return false;
    const unit = unitName === undefined ? "millisecond" : unitOf(unitName);
    if (!unit || unit === "millisecond") return this.valueOf() === other.valueOf();
    return this.clone().startOf(unit).valueOf() <= other.valueOf() && other.valueOf() <= this.clone().endOf(unit).valueOf();
  }

  /** Whole units from `input` to this moment; days and weeks are calendar days, whatever the clocks did. */
  diff(input: Input, unitName?: string): number {
    const other = input instanceof Moment ? input : new Moment(input);
    const unit = unitName === undefined ? "millisecond" : unitOf(unitName);
    if (unit === "month" || unit === "quarter" || unit === "year")
      throw new Error("The moment stand-in counts no months or years between dates");
    const calendar = unit === "day" || unit === "week";
    const size = calendar ? (unit === "day" ? 864e5 : 6048e5) : (ELAPSED[unit ?? "millisecond"] ?? 1);
    const output = (this.valueOf() - other.valueOf() - (calendar ? (other.utcOffset() - this.utcOffset()) * 6e4 : 0)) / size;
    return output < 0 ? Math.ceil(output) || 0 : Math.floor(output);
  }

  /** Without a template (or with an empty one), ISO 8601 with the local offset, as moment writes it. */
  format(template?: string): string {
    if (!this.isValid()) return "Invalid date";
    template ||= "YYYY-MM-DDTHH:mm:ssZ";
    const locale = this.localeData;
    const form = MONTHS_IN_FORMAT.test(template) ? "format" : "standalone";
    const offset = this.utcOffset();
    const zone = (separator: string) =>
      `${offset < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(offset) / 60), 2)}${separator}${pad(Math.abs(offset) % 60, 2)}`;
    const hours12 = this.hours() % 12 || 12;
    const tokens: Record<string, () => string | number> = {
      YYYY: () => (this.year() <= 9999 ? pad(this.year(), 4) : `+${this.year()}`),
      YY: () => pad(this.year() % 100, 2),
      Q: () => Math.ceil((this.month() + 1) / 3),
      MMMM: () => locale.months[form][this.month()]!,
      MMM: () => locale.monthsShort[form][this.month()]!,
      MM: () => pad(this.month() + 1, 2),
      M: () => this.month() + 1,
      Do: () => locale.ordinal(this.date()),
      DD: () => pad(this.date(), 2),
      D: () => this.date(),
      dddd: () => locale.weekdays[this.day()]!,
      ddd: () => locale.weekdaysShort[this.day()]!,
      d: () => this.day(),
      HH: () => pad(this.hours(), 2),
      H: () => this.hours(),
      hh: () => pad(hours12, 2),
      h: () => hours12,
      mm: () => pad(this.minutes(), 2),
      m: () => this.minutes(),
      ss: () => pad(this.seconds(), 2),
      s: () => this.seconds(),
      SSS: () => pad(this.milliseconds(), 3),
      SS: () => pad(Math.trunc(this.milliseconds() / 10), 2),
      S: () => Math.trunc(this.milliseconds() / 100),
      ww: () => pad(this.week(), 2),
      w: () => this.week(),
      ZZ: () => zone(""),
      Z: () => zone(":"),
    };
    return template.replace(TOKENS, (token, literal: string | undefined) => String(literal ?? tokens[token]?.() ?? token));
  }
}

/** A moment of `input` (now when none) in the global locale. */
function moment(input?: Input): Moment {
  return new Moment(input);
}

moment.isMoment = (value: unknown): value is Moment => value instanceof Moment;

/** Sets the global locale to the first of `requested` the stand-in has (else keeps it) and returns it. */
moment.locale = (requested?: string | readonly string[]): string => {
  if (requested !== undefined) globalLocale = knownLocale(requested) ?? globalLocale;
  return globalLocale;
};

export default moment;
