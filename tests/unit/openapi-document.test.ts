import fs from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { entryOptionsSchema } from "@/lib/open-data/schemas/entry-option-schemas";
import { placeSearchResultsSchema, pointCheckSchema } from "@/lib/open-data/schemas/place-schemas";
import { searchResultsSchema } from "@/lib/open-data/schemas/search-schemas";
import { viewportResultSchema } from "@/lib/open-data/schemas/viewport-schemas";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded (the document names the export routes, which read it).
setupTestDatabase();
const { EXPORT_FILES } = await import("@/lib/open-data/export-response");
const { openApiDocument } = await import("@/lib/openapi/openapi-document");
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const viewport = await import("@/app/api/v1/viewport/route");
const search = await import("@/app/api/v1/search/route");
const entryOptions = await import("@/app/api/v1/entry-options/route");
const places = await import("@/app/api/v1/places/route");
const pointCheck = await import("@/app/api/v1/places/check/route");

const API = path.resolve(__dirname, "../../app/api/v1");

/** Every public route file under app/api/v1 (staff routes under admin/ are not public), as document paths. */
/** The share dialog's own write, described in docs/classroom.md: not part of the read-only API the document covers. */
const NOT_THE_READ_ONLY_API = new Set(["/api/v1/short-links"]);

function publicRoutePaths(dir = API, prefix = "/api/v1"): string[] {
  const found: string[] = [];
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    // admin/: staff routes.
    if (!item.isDirectory() || item.name === "admin") continue;
    const segment = item.name.replace(/^\[(.+)\]$/, "{$1}");
    const route = `${prefix}/${segment}`;
    if (fs.existsSync(path.join(dir, item.name, "route.ts"))) {
      if (segment === "{file}") found.push(...Object.keys(EXPORT_FILES).map((file) => `${prefix}/${file}`));
      else if (!NOT_THE_READ_ONLY_API.has(route)) found.push(route);
    }
    found.push(...publicRoutePaths(path.join(dir, item.name), route));
  }
  return found;
}

beforeAll(async () => {
  await seedReferenceData();
}, 120_000);

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = openApiDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result).toMatchObject({ valid: true });
  });

  it("documents every public route and nothing else", () => {
    expect(Object.keys(openApiDocument().paths ?? {}).sort()).toEqual(publicRoutePaths().sort());
  });

  it("documents parameters, problem bodies and examples on every route", () => {
    for (const [route, item] of Object.entries(openApiDocument().paths ?? {})) {
      const operation = item.get!;
      expect(operation.summary, route).toBeTruthy();
      expect(Object.keys(operation.responses ?? {}), route).toContain("200");
      if (route === "/api/v1/openapi.json") continue;
      expect(operation.responses?.["400"], route).toMatchObject({ content: { "application/problem+json": {} } });
      for (const parameter of (operation.parameters ?? []) as {
        in: string;
        required?: boolean;
        example?: unknown;
        description?: string;
      }[]) {
        expect(parameter.description, `${route} ${JSON.stringify(parameter)}`).toBeTruthy();
        if (parameter.in === "path") expect(parameter.example, route).toBeTruthy();
      }
    }
  });
});

describe("the documented answers of the routes the document describes but does not own", () => {
  it("match what the viewport and search answer", async () => {
    const views = [
      "bbox=20,40,60,70&aggregate=map&zoom=3&limit=5&require=coordinates",
      "from=1900&to=2030&aggregate=timeline&limit=5&require=dates",
      "kinds=memorial&limit=500",
    ];
    const modes = new Set<string>();
    for (const query of views) {
      const response = await viewport.GET(new NextRequest(`http://localhost/api/v1/viewport?${query}`));
      modes.add(viewportResultSchema.parse(await response.json()).mode);
    }
    expect([...modes].sort()).toEqual(["buckets", "clusters", "entries"]);
    const found = await search.GET(new NextRequest("http://localhost/api/v1/search?q=rzhev"));
    expect(searchResultsSchema.parse(await found.json()).entries.length).toBeGreaterThan(0);
  });

  it("match what the entry picker's search, place search and point check answer", async () => {
    const options = await entryOptions.GET(new NextRequest("http://localhost/api/v1/entry-options?q=rzhev"));
    expect(entryOptionsSchema.parse(await options.json()).length).toBeGreaterThan(0);
    const found = await places.GET(new NextRequest("http://localhost/api/v1/places?q=rzhev&limit=5"));
    expect(placeSearchResultsSchema.parse(await found.json()).places.length).toBeGreaterThan(0);
    const checked = await pointCheck.GET(new NextRequest("http://localhost/api/v1/places/check?lat=56.26&lng=34.33&country=RU"));
    expect(pointCheckSchema.parse(await checked.json())).toMatchObject({ atSea: false, inStatedCountry: true });
  }, 60_000);
});
