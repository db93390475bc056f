import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { articleFieldErrors } from "@/lib/forms/article-form";
import { entryFieldErrors } from "@/lib/forms/entry-form";
import { mediaFieldErrors } from "@/lib/forms/media-form";
import { articleInputSchema } from "@/lib/validation/article";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { citationInputSchema } from "@/lib/validation/entry";
import { type EntryEditInput, entryEditSchema } from "@/lib/validation/entry-edit";
import { mediaMetadataSchema } from "@/lib/validation/media";
import type { ValidationTranslate } from "@/lib/validation/messages";
import { relationEditSchema } from "@/lib/validation/relation";
import { citationEditSchema, sourceInputSchema } from "@/lib/validation/source";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

const MESSAGES = { en, ru };
function translator(locale: keyof typeof MESSAGES): ValidationTranslate {
  return createTranslator({ locale, messages: { validation: MESSAGES[locale].validation }, namespace: "validation" });
}

/** Text no field may take: what each is and how it fails. */
const HOSTILE = {
  nul: ["Rzhev\u0000memorial", "textControlCharacters"],
  "another control character": ["Rzhev\u0007", "textControlCharacters"],
  "right-to-left override": ["Memorial \u202Egnp.exe", "textControlCharacters"],
  "left-to-right embedding": ["\u202AMemorial", "textControlCharacters"],
  "first strong isolate": ["Memorial \u2068x\u2069", "textControlCharacters"],
  "zero-width space only": ["\u200B", "textInvisibleOnly"],
  "joiners and a byte-order mark only": ["\u200D\u200C\uFEFF\u2060", "textInvisibleOnly"],
  "Hangul filler only": ["\u3164\u3164", "textInvisibleOnly"],
  "braille blank only": ["\u2800", "textInvisibleOnly"],
} as const;

/** Text every field must keep taking. */
const FINE = ["Ржевский мемориал", "נצח", "مجد", "Line one\nLine two\tand a tab", "e\u0301 with a combining accent", "👩‍👩‍👧 family"];

function entry(title: string, overrides: Partial<EntryEditInput> = {}): EntryEditInput {
  return {
    slug: "test-memorial",
    kind: "memorial",
    latitude: "",
    longitude: "",
    translations: { en: { title }, ru: { title: "" } },
    ...overrides,
  };
}

function messageOf(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("free text refuses NUL, bidi overrides and invisible-only text", () => {
  it.each(Object.entries(HOSTILE))("an entry's title and texts: %s", (_name, [text, key]) => {
    const title = entryEditSchema.safeParse(entry(text));
    expect(title.success).toBe(false);
    expect(title.error!.issues.map((issue) => issue.message)).toContain(key);
    for (const field of ["summary", "description", "placeName", "locationNote", "authors", "dimensions"]) {
      const other = entryEditSchema.safeParse(entry("Fine", { translations: { en: { title: "Fine", [field]: text }, ru: { title: "" } } }));
      expect(other.success, field).toBe(false);
    }
    expect(
      entryEditSchema.safeParse(entry("Fine", { translations: { en: { title: "Fine", aliases: [text] }, ru: { title: "" } } })).success,
    ).toBe(false);
  });

  it.each(Object.entries(HOSTILE))("articles, sources, links, citations and images: %s", (_name, [text, key]) => {
    const article = { slug: "an-article", language: "en", translations: { en: { title: text } } };
    expect(messageOf(articleEditSchema, article)).toBe(key);
    expect(messageOf(articleInputSchema, article)).toBe(key);
    expect(messageOf(articleInputSchema, { ...article, translations: { en: { title: "Fine", excerpt: text } } })).toBe(key);
    expect(messageOf(articleInputSchema, { ...article, translations: { en: { title: "Fine", body: `<p>${text}</p>` } } })).toBe(
      key === "textControlCharacters" ? key : undefined,
    );
    expect(messageOf(sourceInputSchema, { key: "archive", title: text })).toBe(key);
    expect(messageOf(citationInputSchema, { sourceKey: "archive", field: "title", note: text })).toBe(key);
    expect(messageOf(citationEditSchema, { source: "archive", field: "title", note: text })).toBe(key);
    expect(messageOf(relationEditSchema, { type: "commemorates", target: "battle", note: text })).toBe(key);
    const image = { translations: { en: { caption: text } }, credit: "Archive", licence: "CC0 1.0" };
    expect(messageOf(mediaMetadataSchema, image)).toBe(key);
    expect(messageOf(mediaMetadataSchema, { ...image, translations: { en: { caption: "Fine" } }, credit: text })).toBe(key);
  });

  it.each(FINE)("keeps taking real text: %s", (text) => {
    expect(entryEditSchema.safeParse(entry(text)).success).toBe(true);
    expect(articleInputSchema.safeParse({ slug: "an-article", translations: { en: { title: text } } }).success).toBe(true);
    expect(mediaMetadataSchema.safeParse({ translations: { en: { caption: text } }, credit: text, licence: "CC0 1.0" }).success).toBe(true);
  });

  it("says so beside the field, in English and in Russian", () => {
    const nul = entryEditSchema.safeParse(entry("Rzhev\u0000"));
    expect(entryFieldErrors(nul.error!, translator("en"))["en.title"]).toBe(
      "Remove the hidden control characters (a NUL or a text-direction override) from this text",
    );
    expect(entryFieldErrors(nul.error!, translator("ru"))["en.title"]).toBe(
      "Уберите из текста скрытые управляющие символы (NUL или смену направления текста)",
    );
    const invisible = articleEditSchema.safeParse({ slug: "an-article", language: "en", translations: { en: { title: "\u200B" } } });
    expect(Object.values(articleFieldErrors(invisible.error!, translator("ru")))).toContain(
      "В тексте только невидимые символы: введите видимый текст или оставьте поле пустым",
    );
    const caption = mediaMetadataSchema.safeParse({ translations: { en: { caption: "\u202E" } }, credit: "A", licence: "B" });
    expect(mediaFieldErrors(caption.error!, translator("en"))).toEqual([
      { path: "caption_en", message: "Remove the hidden control characters (a NUL or a text-direction override) from this text" },
    ]);
  });
});
