import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { articleFieldErrors, articleFormInput, articleFormValues } from "@/lib/forms/article-form";
import { entryFieldErrors } from "@/lib/forms/entry-form";
import { mediaFieldErrors } from "@/lib/forms/media-form";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { englishValidation } from "@/lib/validation/english-messages";
import { type EntryEditInput, entryEditSchema } from "@/lib/validation/entry-edit";
import { mediaMetadataSchema } from "@/lib/validation/media";
import { issueText, refusalText, VALIDATION_KEYS, type ValidationTranslate } from "@/lib/validation/messages";
import { newUserSchema } from "@/lib/validation/user";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

const MESSAGES = { en, ru };

function translator(locale: keyof typeof MESSAGES): ValidationTranslate {
  return createTranslator({
    locale,
    messages: { validation: MESSAGES[locale].validation },
    namespace: "validation",
    // A missing key or a message that does not parse must fail the test, not fall back quietly.
    onError: (error) => {
      throw error;
    },
  });
}

const russian = translator("ru");

/** Every parameter any message names, so each one formats. */
const SAMPLE_PARAMS = {
  minimum: 2,
  maximum: 300,
  values: "admin, curator",
  reason: "The date is empty",
  slug: "rzhev-memorial",
  source: "archive",
  email: "a@b.invalid",
  slugs: "new, deleted",
  // The image refusals' values (lib/media/process-image.ts).
  size: "12 MB",
  max: "10 MB",
  kind: "pdf",
  extension: "pdf",
  format: "JPEG",
  width: 20000,
  height: 20000,
  maxSide: 12000,
  maxMegapixels: 50,
  // An import's column mapping (lib/validation/import-upload.ts).
  column: "title_ru",
};

function entry(overrides: Partial<EntryEditInput> = {}): EntryEditInput {
  return {
    slug: "test-memorial",
    kind: "memorial",
    latitude: "",
    longitude: "",
    countryCode: "",
    wikidataId: "",
    date: "",
    translations: { en: { title: "Test memorial" }, ru: { title: "" } },
    ...overrides,
  };
}

function entryErrors(input: EntryEditInput, t: ValidationTranslate): Record<string, string> {
  const result = entryEditSchema.safeParse(input);
  if (result.success) throw new Error("expected the entry to be refused");
  return entryFieldErrors(result.error, t);
}

describe("validation message keys", () => {
  it.each(["en", "ru"] as const)("every key the schemas and the data layer may report has a %s message that formats", (locale) => {
    const t = translator(locale);
    for (const key of VALIDATION_KEYS) expect(t(key, SAMPLE_PARAMS), key).not.toBe("");
  });

  it("the validation messages hold exactly the known keys", () => {
    expect(Object.keys(en.validation).sort()).toEqual([...VALIDATION_KEYS].sort());
    expect(Object.keys(ru.validation).sort()).toEqual([...VALIDATION_KEYS].sort());
  });

  it("every key named in a schema is a known key", () => {
    const dir = path.join(__dirname, "..", "..", "lib", "validation");
    const named = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => [...fs.readFileSync(path.join(dir, file), "utf8").matchAll(/\bkey\("([^"]+)"\)/g)].map((match) => match[1]));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((name) => !(VALIDATION_KEYS as readonly string[]).includes(name ?? ""))).toEqual([]);
  });
});

describe("field errors in the reader's language", () => {
  it("says the schemas' own messages in Russian, with their numbers", () => {
    const errors = entryErrors(entry({ slug: "a", latitude: "north", longitude: "200" }), russian);
    expect(errors.slug).toBe("В адресном имени нужно не меньше 2 символов");
    expect(errors.latitude).toBe("Широта должна быть числом");
    expect(errors.longitude).toBe("Долгота не больше 180");
    expect(entryErrors(entry({ slug: "deleted" }), russian).slug).toBe("Адреса new, deleted заняты служебными страницами; выберите другой");
    expect(entryErrors(entry({ slug: "new" }), englishValidation).slug).toBe(
      "The addresses new, deleted are used by the staff pages; choose another",
    );
  });

  it("says zod's own messages in Russian too", () => {
    const errors = entryErrors(
      entry({ slug: "x".repeat(121), translations: { en: { title: "T".repeat(301) }, ru: { title: "" } } }),
      russian,
    );
    expect(errors.slug).toBe("Не больше 120 символов");
    expect(errors["en.title"]).toBe("Не больше 300 символов");
    const user = newUserSchema.safeParse({ email: "a@b.invalid", name: "A", role: "owner", password: "short" });
    expect(user.success).toBe(false);
    const byField = Object.fromEntries(user.error!.issues.map((issue) => [issue.path.join("."), issueText(issue, russian)]));
    expect(byField).toEqual({ role: "Роль — одна из: admin, curator, editor, teacher", password: "Нужно не меньше 12 символов" });
  });

  it("says refinements across fields in Russian, and the date parser's reason in English", () => {
    expect(entryErrors(entry({ translations: { en: { title: "" }, ru: { title: "" } } }), russian)).toEqual({
      "en.title": "Дайте название хотя бы на одном языке",
    });
    expect(entryErrors(entry({ date: "sometime" }), russian).date).toMatch(/^Эту дату не прочитать/);
    expect(entryErrors(entry({ date: "sometime" }), englishValidation).date).toMatch(/"sometime"/);
  });

  it("keeps the English wording the forms showed before", () => {
    const self = entry({ relations: [{ type: "part_of", target: "test-memorial", note: { en: "", ru: "" }, source: "" }] });
    expect(entryErrors(self, englishValidation)["relations.0.target"]).toBe("An entry cannot be linked to itself");
    expect(entryErrors(entry({ latitude: "91", longitude: "0" }), englishValidation).latitude).toBe("Latitude is at most 90");
  });

  it("translates the article and image forms alike", () => {
    const values = articleFormValues(null);
    values.fields = { ...values.fields, slug: "an-article", originalUrl: "ftp://example.org/x", "en.title": "An article" };
    const article = articleEditSchema.safeParse(articleFormInput(values));
    expect(articleFieldErrors(article.error!, russian)).toEqual({ originalUrl: "Укажите веб-адрес, начинающийся с http:// или https://" });
    const image = mediaMetadataSchema.safeParse({
      translations: { en: { caption: "C" } },
      credit: "",
      licence: "L".repeat(201),
      sourceUrl: null,
    });
    expect(mediaFieldErrors(image.error!, russian)).toEqual([
      { path: "credit", message: "Нужно указать автора: кто сделал изображение или владеет правами на него" },
      { path: "licence", message: "Лицензия — короче 200 символов" },
    ]);
  });
});

describe("refusals by the data layer", () => {
  it("carry a key for forms and English for the APIs", () => {
    const refusal = new AppError("INVALID_INPUT", { key: "slugTaken", params: { slug: "rzhev-memorial" } }, { field: "slug" });
    expect(refusal.message).toBe('The slug "rzhev-memorial" is already taken');
    expect(refusalText(refusal, russian)).toBe("Адресное имя «rzhev-memorial» уже занято");
    expect(refusalText(new AppError("NOT_FOUND", "Some older English text"), russian)).toBe("Some older English text");
  });
});

describe("API problem bodies", () => {
  it("stay English and keep their shape", async () => {
    const result = entryEditSchema.safeParse(entry({ latitude: "north", longitude: "0", countryCode: "russia" }));
    const response = problemFromError(invalidRequest(result.error!, "body"));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "about:blank",
      status: 400,
      title: "Invalid request",
      detail: "One or more fields of the request body are not valid.",
      errors: [
        { path: "latitude", message: "Latitude must be a number" },
        { path: "countryCode", message: "Use a two-letter ISO country code such as RU" },
      ],
    });
  });
});
