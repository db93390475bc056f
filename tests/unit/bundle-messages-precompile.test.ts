import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import type { ReactNode } from "react";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatAtRunTime from "use-intl/format-message";
import formatPrecompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";

/**
 * next.config.js has next-intl precompile every message at build time, so the browser gets no ICU
 * parser. This checks that each message, in each language, reads exactly as the run-time ICU
 * formatter would write it, for every plural form and select branch its arguments can take.
 */

const root = path.join(__dirname, "..", "..", "messages");
const PLURAL_SAMPLES = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 1.5];

function catalogFiles(): { locale: string; file: string }[] {
  return ["en", "ru"].flatMap((locale) => [
    { locale, file: `${locale}.json` },
    ...fs.readdirSync(path.join(root, locale)).map((name) => ({ locale, file: `${locale}/${name}` })),
  ]);
}

function flatten(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

type Values = Record<string, string | number | Date | ((chunks: ReactNode) => string)>;

/** Every combination of argument values worth trying: each plural sample, each select branch. */
function sampleValues(elements: MessageFormatElement[]): Values[] {
  let combos: Values[] = [{}];
  const vary = (name: string, options: Values[string][]) => {
    if (combos.some((c) => name in c)) return;
    combos = combos.flatMap((c) => options.map((o) => ({ ...c, [name]: o })));
  };
  const walk = (list: MessageFormatElement[]) => {
    for (const el of list) {
      if (el.type === TYPE.argument) vary(el.value, [`‹${el.value}›`]);
      else if (el.type === TYPE.number) vary(el.value, [1234.5]);
      else if (el.type === TYPE.date || el.type === TYPE.time) vary(el.value, [new Date(Date.UTC(1942, 5, 22, 4))]);
      else if (el.type === TYPE.plural) {
        vary(el.value, PLURAL_SAMPLES);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.select) {
        vary(el.value, [...Object.keys(el.options), "unlisted"]);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        vary(el.value, [(chunks) => `<${el.value}>${asText(chunks)}</${el.value}>`]);
        walk(el.children);
      }
    }
  };
  walk(elements);
  return combos;
}

function asText(result: unknown): string {
  return Array.isArray(result) ? result.map(asText).join("") : String(result);
}

describe("precompiled interface strings", () => {
  it("next.config.js has every messages file precompiled and the browser formatting them without a parser", () => {
    const config = createRequire(__filename)("../../next.config.js") as {
      turbopack: {
        rules: Record<string, { loaders: { options: unknown }[]; condition: { path: string } }>;
        resolveAlias: Record<string, string>;
      };
    };
    const rule = config.turbopack.rules["*.json"]!;
    expect(rule.condition.path).toBe("{./messages}/**/*");
    expect(rule.loaders[0]!.options).toEqual({ messages: { format: "json", precompile: true } });
    expect(config.turbopack.resolveAlias["use-intl/format-message"]).toMatch(/format-message\/format-only\.js$/);
  });

  const cache = _createCache();
  const options = (locale: string) => ({ cache, formatters: _createIntlFormatters(cache), locale, timeZone: "UTC" });

  it.each(catalogFiles())("messages/$file reads the same precompiled as formatted at run time", ({ locale, file }) => {
    const messages = flatten(JSON.parse(fs.readFileSync(path.join(root, file), "utf8")));
    expect(messages.length).toBeGreaterThan(0);
    for (const [key, message] of messages) {
      const compiled = compile(message);
      for (const values of sampleValues(parse(message))) {
        const expected = asText(formatAtRunTime(key, message, values, options(locale)));
        expect({ key, values: JSON.stringify(values), text: asText(formatPrecompiled(key, compiled, values, options(locale))) }).toEqual({
          key,
          values: JSON.stringify(values),
          text: expected,
        });
      }
    }
  });

  it("a plural really varies with the count, so the comparison above can tell forms apart", () => {
    const message = "{count, plural, one {# запись} few {# записи} other {# записей}}";
    const forms = [1, 2, 5].map((count) => asText(formatPrecompiled("k", compile(message), { count }, options("ru"))));
    expect(forms).toEqual(["1 запись", "2 записи", "5 записей"]);
  });
});
