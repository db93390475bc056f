import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DatabaseUnavailableError } from "@/lib/db/database-unavailable";
import { AppError } from "@/lib/errors/app-error";
import { ERROR_STATUS } from "@/lib/errors/error-codes";
import { formStateFromError } from "@/lib/errors/form-state-from-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { slugSchema } from "@/lib/validation/entry";
import type { ValidationTranslate } from "@/lib/validation/messages";
import ru from "@/messages/ru.json";

const russian: ValidationTranslate = createTranslator({ locale: "ru", messages: { validation: ru.validation }, namespace: "validation" });

async function answer(error: AppError) {
  const response = problemFromError(error);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

describe("problemFromError", () => {
  it("answers every code with the status the one table gives it, as an RFC 9457 document", async () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      const { status: answered, type, body } = await answer(new AppError(code as keyof typeof ERROR_STATUS, "Said in English"));
      expect([code, answered, type]).toEqual([code, status, "application/problem+json"]);
      expect(body).toMatchObject({ type: "about:blank", status, detail: "Said in English" });
    }
  });

  it("answers a record named by the address with 404, and one named in the body with 422 and its path", async () => {
    expect((await answer(new AppError("NOT_FOUND", { key: "entryGone" }))).body).toEqual({
      type: "about:blank",
      title: "Not found",
      status: 404,
      detail: "This entry no longer exists.",
      reason: "entryGone",
    });
    const inBody = await answer(new AppError("NOT_FOUND", { key: "noEntry", params: { slug: "x-y" } }, { field: "relations.1.target" }));
    expect(inBody.status).toBe(422);
    expect(inBody.body.errors).toEqual([{ path: "relations.1.target", message: 'There is no entry "x-y"' }]);
  });

  it("says whether the body or the query was wrong, and names every issue in English", async () => {
    const schema = z.object({ slug: slugSchema, limit: z.number() });
    const error = schema.safeParse({ slug: "Bad Slug", limit: "ten" }).error!;
    const body = await answer(invalidRequest(error, "body"));
    expect(body.status).toBe(400);
    expect(body.body.detail).toBe("One or more fields of the request body are not valid.");
    expect(body.body.errors.map((e: { path: string }) => e.path)).toEqual(["slug", "limit"]);
    expect(body.body.errors[0].message).toBe("Use lower-case Latin letters, digits and single hyphens");
    expect((await answer(invalidRequest(error, "query"))).body.detail).toBe("One or more query parameters are not valid.");
  });

  it("keeps the record as it is now in an edit conflict", async () => {
    const { status, body } = await answer(
      new AppError("EDIT_CONFLICT", "Saved meanwhile.", { conflict: { current: { slug: "a" }, currentVersion: 3 } }),
    );
    expect(status).toBe(409);
    expect(body).toMatchObject({ title: "Edit conflict", currentVersion: 3, current: { slug: "a" } });
  });

  it("rethrows what is not an AppError, to stay a plain 500", () => {
    const bug = new TypeError("a bug");
    expect(() => problemFromError(bug)).toThrow(bug);
  });
});

describe("formStateFromError", () => {
  it("puts a refusal beside its field in the reader's language", () => {
    expect(
      formStateFromError(new AppError("INVALID_INPUT", { key: "slugTaken", params: { slug: "rzhev" } }, { field: "slug" }), russian),
    ).toEqual({
      status: "invalid",
      fieldErrors: { slug: "Адресное имя «rzhev» уже занято" },
    });
  });

  it("tells a signed-out person to sign in again, and names a refusal of the role", () => {
    expect(formStateFromError(new AppError("UNAUTHORIZED"), russian)).toEqual({
      status: "unauthorized",
      fieldErrors: {},
      message: "Вы больше не вошли в систему. Войдите снова в другой вкладке и повторите здесь.",
    });
    expect(formStateFromError(new AppError("FORBIDDEN"), russian).message).toBe("Ваша роль не позволяет это сделать.");
    expect(formStateFromError(new AppError("FORBIDDEN", { key: "publishedByCurators" }), russian)).toMatchObject({
      status: "forbidden",
      message: expect.stringContaining("только куратор"),
    });
  });

  it("hands an edit conflict's current record to the form, and lets Next.js's own signals through", () => {
    const conflict = { current: { slug: "a" }, currentVersion: 2 };
    expect(formStateFromError(new AppError("EDIT_CONFLICT", "x", { conflict }), russian)).toEqual({
      status: "conflict",
      fieldErrors: {},
      conflict,
    });
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/ru;307;" });
    expect(() => formStateFromError(redirect, russian)).toThrow(redirect);
  });
});

describe("a database that cannot take the write now", () => {
  const busy = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });

  it("is a 503 with Retry-After and a detail that says nothing was saved, from the driver's error as it comes", async () => {
    const response = problemFromError(busy());
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(((await response.json()) as { detail: string }).detail).toMatch(/nothing was saved/);
    expect(problemFromError(new DatabaseUnavailableError("full")).status).toBe(503);
  });

  it("is a form message in the reader's language, so the form keeps what was typed and says to try again", () => {
    expect(formStateFromError(busy(), russian)).toEqual({ status: "error", fieldErrors: {}, message: ru.validation.databaseBusy });
    expect(formStateFromError(new DatabaseUnavailableError("io"), russian).message).toBe(ru.validation.databaseDown);
  });
});
