import fc from "fast-check";
import { DateInputError, formatHistoricalDate, parseHistoricalDate, timeBounds, toStoredColumns } from "@/lib/dates";
import { nastyString, plausible } from "./hostile-values";

/** What the in-process run of the date parser found. */
export interface DateParserFigures {
  tried: number;
  accepted: number;
  refused: number;
  /** Inputs that threw something other than DateInputError, or gave a date the rest of the app cannot use. */
  broken: number;
  /** Inputs that took longer than SLOW_MS to read. */
  slow: number;
  slowestMs: number;
  failures: string[];
  seconds: number;
}

/** A date is read on every viewport request; one that takes this long would let a few visitors stall the server. */
const SLOW_MS = 50;

const dateText = fc.oneof(
  { weight: 3, arbitrary: plausible.date },
  { weight: 3, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.stringMatching(/^[-~?%XY./0-9 –—c]{0,80}$/) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }))
      .map(([year, month, day]) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`),
  },
  { weight: 1, arbitrary: fc.tuple(plausible.date, plausible.date).map(([a, b]) => `${a}/${b}`) },
);

function timeParse(input: string): number {
  const began = performance.now();
  try {
    parseHistoricalDate(input);
  } catch {
    // Timed, not judged, here.
  }
  return performance.now() - began;
}

/**
 * The date parser in this process: whatever text arrives, it gives a date or a DateInputError, fast;
 * a date it gives has finite bounds in order, stored columns and a label in both languages.
 */
export function runDateParserProperty(options: { runs: number; seed: number }): DateParserFigures {
  const started = Date.now();
  const figures: DateParserFigures = { tried: 0, accepted: 0, refused: 0, broken: 0, slow: 0, slowestMs: 0, failures: [], seconds: 0 };
  const inputs = fc.sample(dateText, { seed: options.seed, numRuns: options.runs });
  inputs.forEach((input, index) => {
    figures.tried += 1;
    const began = performance.now();
    try {
      const date = parseHistoricalDate(input);
      const { startTime, endTime } = timeBounds(date);
      if (!Number.isFinite(startTime) || !Number.isFinite(endTime) || startTime > endTime) {
        throw new Error(`bounds ${startTime}…${endTime}`);
      }
      toStoredColumns(date);
      formatHistoricalDate(date, "en");
      formatHistoricalDate(date, "ru");
      figures.accepted += 1;
    } catch (error) {
      if (error instanceof DateInputError) figures.refused += 1;
      else {
        figures.broken += 1;
        if (figures.failures.length < 10) figures.failures.push(`#${index} ${JSON.stringify(input.slice(0, 100))}: ${String(error)}`);
      }
    }
    let took = performance.now() - began;
    // A busy machine stalls any call now and then: only a parse that is slow every time counts.
    for (let again = 0; again < 3 && took > SLOW_MS; again++) took = Math.min(took, timeParse(input));
    figures.slowestMs = Math.max(figures.slowestMs, took);
    if (took > SLOW_MS) {
      figures.slow += 1;
      if (figures.failures.length < 10)
        figures.failures.push(`#${index} ${JSON.stringify(input.slice(0, 100))}: took ${Math.round(took)} ms`);
    }
  });
  figures.seconds = Math.round((Date.now() - started) / 1000);
  return figures;
}
