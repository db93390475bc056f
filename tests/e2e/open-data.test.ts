import { check } from "@placemarkio/check-geojson";
import type { APIRequestContext } from "@playwright/test";
import { validate } from "@readme/openapi-parser";
import type { FeatureCollection } from "geojson";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

interface Parameter {
  name: string;
  in: "query" | "path" | "header";
  required?: boolean;
  example?: unknown;
  schema?: { enum?: unknown[] };
}
interface Operation {
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type Document = { paths: Record<string, { get: Operation }> };

/** The path with its path parameters filled in, and the query of every documented example (or the overrides). */
function exampleUrl(path: string, operation: Operation, overrides: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  let resolved = path;
  for (const parameter of operation.parameters ?? []) {
    const value = overrides[parameter.name] ?? (parameter.example === undefined ? undefined : String(parameter.example));
    if (value === undefined) continue;
    if (parameter.in === "path") resolved = resolved.replace(`{${parameter.name}}`, encodeURIComponent(value));
    if (parameter.in === "query") query.set(parameter.name, value);
  }
  return query.size ? `${resolved}?${query}` : resolved;
}

async function openApi(request: APIRequestContext): Promise<Document> {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  return (await response.json()) as Document;
}

test("the OpenAPI document is valid and every documented route answers as documented", async ({ request }) => {
  // Some forty requests, a few of them whole exports of the reference collection.
  test.setTimeout(120_000);
  const document = await openApi(request);
  expect(await validate(structuredClone(document) as Parameters<typeof validate>[0])).toMatchObject({ valid: true });
  const paths = Object.entries(document.paths);
  expect(paths.length).toBeGreaterThanOrEqual(12);

  for (const [path, { get: operation }] of paths) {
    const url = exampleUrl(path, operation);
    for (const type of Object.keys(operation.responses["200"]!.content ?? {})) {
      const response = await request.get(url, { headers: { Accept: type } });
      expect(response.status(), `${url} as ${type}`).toBe(200);
      expect(response.headers()["content-type"], `${url} as ${type}`).toContain(type);
      const body = await response.body();
      expect(body.length, url).toBeGreaterThan(0);
      if (type.endsWith("geo+json")) check(body.toString());

      // The viewport sends no ETag for text, theme or comparable filters (as its description says); the others that document 304 always do.
      const etag = response.headers().etag;
      if (operation.responses["304"] && path !== "/api/v1/viewport") expect(etag, url).toBeTruthy();
      if (operation.responses["304"] && etag) {
        const again = await request.get(url, { headers: { Accept: type, "If-None-Match": etag } });
        expect(again.status(), `${url} If-None-Match`).toBe(304);
      }
    }

    if (operation.responses["400"]) {
      // A value outside a documented choice, or else the request without its first required parameter.
      const choice = (operation.parameters ?? []).find((p) => p.in === "query" && p.schema?.enum);
      const required = (operation.parameters ?? []).find((p) => p.in === "query" && p.required);
      const invalid = choice
        ? exampleUrl(path, operation, { [choice.name]: "not-one-of-them" })
        : exampleUrl(path, operation).replace(new RegExp(`([?&])${required?.name}=[^&]*&?`), "$1");
      const response = await request.get(invalid);
      expect(response.status(), invalid).toBe(400);
      expect(response.headers()["content-type"], invalid).toBe("application/problem+json");
      expect(((await response.json()) as { errors: unknown[] }).errors.length, invalid).toBeGreaterThan(0);
    }

    if (operation.responses["404"]) {
      const missing = path.includes("{")
        ? exampleUrl(path, operation, { slug: "no-such-record-anywhere" })
        : exampleUrl(path, operation, { entry: "no-such-record-anywhere" });
      const response = await request.get(missing);
      expect(response.status(), missing).toBe(404);
      expect(response.headers()["content-type"], missing).toBe("application/problem+json");
    }
  }
});

test("the explorer exports the view it shows", async ({ page, request }) => {
  await page.goto("/en/?kinds=memorial&countries=BY");
  await page.getByText("Export this view").click();
  const link = page.getByRole("link", { name: "GeoJSON (maps and GIS)" });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/api\/v1\/export\/entries\.geojson\?/);
  const collection = check(await (await request.get(href)).text()) as FeatureCollection;
  expect(collection.features.map((f) => f.id).sort()).toEqual(["brest-hero-fortress", "khatyn-memorial"]);
  await expect(page.getByRole("link", { name: "CSV (spreadsheets)" })).toHaveAttribute("href", /entries\.csv\?.*kinds=memorial/);
  await expect(page.getByRole("link", { name: "About the formats and the API" })).toHaveAttribute("href", "/en/api");
});

test("an entry page offers its own files to download", async ({ page, request }) => {
  await page.goto("/ru/entries/khatyn-memorial");
  const links = page.getByRole("paragraph").filter({ hasText: "Скачать:" });
  await expect(links.getByRole("link", { name: "KML" })).toBeVisible();
  const geojson = check(await (await request.get((await links.getByRole("link", { name: "GeoJSON" }).getAttribute("href"))!)).text());
  expect((geojson as FeatureCollection).features.map((f) => f.id)).toEqual(["khatyn-memorial"]);
  const csv = await request.get((await links.getByRole("link", { name: "CSV" }).getAttribute("href"))!);
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="khatyn-memorial.csv"');
  const jsonld = await request.get((await links.getByRole("link", { name: "JSON-LD" }).getAttribute("href"))!);
  const graph = ((await jsonld.json()) as { "@graph": { name: string; inLanguage: string }[] })["@graph"];
  expect(graph).toHaveLength(1);
  expect(graph[0]!.inLanguage).toBe("ru");
});

// One test per language, each with more time than most: axe runs twice over a long page (every route and
// every data shape), which alone took most of a minute on a busy 2-core machine.
for (const [locale, heading, shapes] of [
  ["en", "Open data: exports and API", "Data shapes"],
  ["ru", "Открытые данные: экспорт и API", "Структуры данных"],
] as const) {
  test(`the API reference is the document, drawn by the app in ${locale}, each page within the budget`, async ({ page, request }) => {
    test.setTimeout(90_000);
    for (const path of [`/${locale}/api`, `/${locale}/api/schemas`]) {
      const html = await (await request.get(path)).text();
      expect(html.length, path).toBeLessThan(300 * 1024);
    }
    await page.goto(`/${locale}/api`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/entries", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/export/entries.csv" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/tours", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/tours/{slug}", exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "EntryPage" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/api/schemas#schema-EntryPage$`));
    await expect(page.getByRole("heading", { level: 1, name: shapes })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "EntryListItem" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
