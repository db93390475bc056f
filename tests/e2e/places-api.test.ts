import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

async function expectProblem(response: APIResponse, path: string): Promise<void> {
  expect(response.status()).toBe(400);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = await response.json();
  expect(problem).toMatchObject({ status: 400, title: expect.any(String) });
  if (path) expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
}

test.describe("place search API", () => {
  test("finds Sevastopol from Cyrillic and Rzhev from the collection, with the GeoNames attribution", async ({ request }) => {
    const sevastopol = await request.get(`/api/v1/places?q=${encodeURIComponent("Севастополь")}&locale=ru&limit=3`);
    expect(sevastopol.status()).toBe(200);
    const body = await sevastopol.json();
    expect(body.attribution).toContain("GeoNames");
    expect(body.places.length).toBeLessThanOrEqual(3);
    expect(body.places[0]).toMatchObject({ name: "Севастополь", names: { en: "Sevastopol" }, country: "UA", source: "geonames" });
    expect(body.places[0].latitude).toBeCloseTo(44.61, 1);

    const rzhev = await (await request.get("/api/v1/places?q=rzhev")).json();
    expect(rzhev.places[0]).toMatchObject({ name: "Rzhev", slug: "rzhev", kind: "place", source: "collection", country: "RU" });
  });

  test("refuses bad input with a problem body", async ({ request }) => {
    await expectProblem(await request.get("/api/v1/places"), "q");
    await expectProblem(await request.get("/api/v1/places?q=%20%20"), "q");
    await expectProblem(await request.get(`/api/v1/places?q=${"x".repeat(101)}`), "q");
    await expectProblem(await request.get("/api/v1/places?q=Rzhev&limit=0"), "limit");
    await expectProblem(await request.get("/api/v1/places?q=Rzhev&limit=500"), "limit");
    await expectProblem(await request.get("/api/v1/places?q=Rzhev&locale=de"), "locale");
    await expectProblem(await request.get("/api/v1/places?q=Rzhev&country=RUS"), "country");
    await expectProblem(await request.get("/api/v1/places?q=Rzhev&near=91,0"), "near");
  });
});

test.describe("point check API", () => {
  test("says what Natural Earth draws at a point", async ({ request }) => {
    const offshore = await request.get("/api/v1/places/check?lat=44.5316&lng=33.4146");
    expect(offshore.status()).toBe(200);
    expect(await offshore.json()).toMatchObject({ atSea: true, country: null });
    const rzhev = await (await request.get("/api/v1/places/check?lat=56.2624&lng=34.3282&country=RU")).json();
    expect(rzhev).toMatchObject({ atSea: false, country: { code: "RU" }, inStatedCountry: true });
    const almaty = await (await request.get("/api/v1/places/check?lat=43.2567&lng=76.9286&country=RU")).json();
    expect(almaty).toMatchObject({ country: { code: "KZ" }, inStatedCountry: false });
  });

  test("refuses bad coordinates with a problem body", async ({ request }) => {
    await expectProblem(await request.get("/api/v1/places/check"), "lat");
    await expectProblem(await request.get("/api/v1/places/check?lat=&lng=10"), "lat");
    await expectProblem(await request.get("/api/v1/places/check?lat=91&lng=10"), "lat");
    await expectProblem(await request.get("/api/v1/places/check?lat=10&lng=abc"), "lng");
    await expectProblem(await request.get("/api/v1/places/check?lat=10&lng=10&country=1"), "country");
  });
});

test.describe("map label data", () => {
  test("serves bounded, cacheable label tiles and the seas", async ({ request }) => {
    const world = await request.get("/basemap/places/0/0/0.json");
    expect(world.status()).toBe(200);
    const etag = world.headers().etag;
    expect(etag).toMatch(/^"labels-/);
    const tile = await world.json();
    expect(tile).toMatchObject({ z: 0, x: 0, y: 0, attribution: expect.stringContaining("GeoNames") });
    expect(tile.labels.length).toBeGreaterThan(0);
    expect(tile.labels.length).toBeLessThanOrEqual(24);
    expect(tile.labels.find((label: { name: string }) => label.name === "Moscow")).toMatchObject({ ru: "Москва" });

    const again = await request.get("/basemap/places/0/0/0.json", { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);

    const seas = await (await request.get("/basemap/places/seas.json")).json();
    expect(seas.seas.map((sea: { names: { en: string } }) => sea.names.en)).toEqual(
      expect.arrayContaining(["Black Sea", "Baltic Sea", "Sea of Azov"]),
    );
  });

  test("refuses paths that name no tile", async ({ request }) => {
    for (const path of [
      "/basemap/places/2/4/0.json",
      "/basemap/places/19/0/0.json",
      "/basemap/places/1/0/0.png",
      "/basemap/places/a/0/0.json",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/problem+json");
    }
  });
});

test("a browser reading the endpoints makes no outside request", async ({ page }) => {
  // The guarded page fails the test on any request to another host or any console error.
  for (const path of [
    "/api/v1/places?q=Rzhev",
    "/api/v1/places/check?lat=56.26&lng=34.33",
    "/basemap/places/6/38/19.json",
    "/basemap/places/seas.json",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
});

test.describe("fine coastline tiles", () => {
  test("serve Natural Earth 1:10m outlines cut to a tile from zoom 6, cacheable", async ({ request }) => {
    const response = await request.get("/basemap/coast/8/151/92.json");
    expect(response.status()).toBe(200);
    const tile = await response.json();
    expect(tile.type).toBe("FeatureCollection");
    expect(tile.features.map((f: { properties: { country: string } }) => f.properties.country)).toEqual(["RU"]);
    const again = await request.get("/basemap/coast/8/151/92.json", { headers: { "If-None-Match": response.headers().etag! } });
    expect(again.status()).toBe(304);
  });

  test("refuse coarse zooms and paths that name no tile", async ({ request }) => {
    for (const path of ["/basemap/coast/5/18/11.json", "/basemap/coast/8/256/0.json", "/basemap/coast/8/1/x.json"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/problem+json");
    }
  });
});
