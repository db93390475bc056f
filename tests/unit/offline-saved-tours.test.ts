import { describe, expect, it } from "vitest";
import { basemapFilesForView, tilesAround } from "@/lib/offline/basemap-files";
import { appFilesCacheName, buildOfAppFilesCache, parseTourCacheName, tourCacheName } from "@/lib/offline/cache-names";
import { neverCached } from "@/lib/offline/never-cached";
import { localeOfPath, offlinePagePath } from "@/lib/offline/offline-page";
import { requestKey } from "@/lib/offline/request-key";
import { savedCopyState } from "@/lib/offline/saved-tour";
import { tourOfflineFiles } from "@/lib/offline/tour-offline-files";
import { buildFiles } from "@/lib/offline/worker/build-files";

describe("the saved copy's version", () => {
  it("is older once the tour's version went past the one saved, current otherwise", () => {
    expect(savedCopyState({ version: 3 }, 3)).toBe("current");
    expect(savedCopyState({ version: 3 }, 4)).toBe("older");
    // A page rendered before the save (an old tab) is not newer than the copy.
    expect(savedCopyState({ version: 3 }, 2)).toBe("current");
  });
});

describe("request keys", () => {
  it("find one saved page whatever the order of its query and the router's cache buster", () => {
    const saved = requestKey("http://localhost:3000/en/tours/rzhev/present?step=2&t=abc");
    expect(saved).toBe("/en/tours/rzhev/present?step=2&t=abc");
    expect(requestKey("http://localhost:3000/en/tours/rzhev/present?t=abc&step=2")).toBe(saved);
    expect(requestKey("http://localhost:3000/en/tours/rzhev/present?step=2&_rsc=1x2y&t=abc")).toBe(saved);
    expect(requestKey("http://localhost:3000/en/tours/rzhev/present?step=3&t=abc")).not.toBe(saved);
    expect(requestKey("http://localhost:3000/en/tours/rzhev?_rsc=9")).toBe("/en/tours/rzhev");
  });
});

describe("cache names", () => {
  it("name a tour's copy by language, slug and the moment it was saved, and read back", () => {
    const name = { locale: "ru", slug: "from-rzhev", savedAt: "2026-12-07T05:00:00.000Z" };
    expect(parseTourCacheName(tourCacheName(name))).toEqual(name);
    expect(parseTourCacheName(appFilesCacheName("abc"))).toBeNull();
    expect(parseTourCacheName("runtime-static")).toBeNull();
    expect(buildOfAppFilesCache(appFilesCacheName("abc"))).toBe("abc");
    expect(buildOfAppFilesCache(tourCacheName(name))).toBeNull();
  });

  it("give a build a name of its file list, so a deploy with new chunks gets a new one", () => {
    const one = buildFiles([{ url: "/_next/static/chunks/a1.js", revision: null }, "/_next/static/chunks/b1.css", "/icon.svg"]);
    expect(one.files).toEqual(["/_next/static/chunks/a1.js", "/_next/static/chunks/b1.css"]);
    expect(buildFiles(["/_next/static/chunks/b1.css", "/_next/static/chunks/a1.js"]).id).toBe(one.id);
    expect(buildFiles(["/_next/static/chunks/a2.js", "/_next/static/chunks/b1.css"]).id).not.toBe(one.id);
  });
});

describe("what the worker never answers from a cache", () => {
  it("is the staff area, every API, sign-in and anything but GET", () => {
    for (const path of [
      "/en/admin",
      "/ru/admin/tours/x",
      "/admin",
      "/api/v1/admin/tours/x",
      "/api/auth/session",
      "/api/v1/viewport",
      "/en/sign-in",
    ]) {
      expect(neverCached("GET", path), path).toBe(true);
    }
    expect(neverCached("POST", "/en/tours/x")).toBe(true);
    expect(neverCached("GET", "/en/tours/x")).toBe(false);
    expect(neverCached("GET", "/en/administrators-of-memory")).toBe(false);
  });
});

describe("the files kept for a tour", () => {
  const steps = [
    { view: { latitude: 56.2656, longitude: 34.3275, zoom: 8 }, entry: { slug: "battles-of-rzhev" }, article: null },
    { view: null, entry: null, article: { slug: "installation-begins" } },
    { view: { latitude: 48.74, longitude: 44.54, zoom: 4 }, entry: { slug: "battles-of-rzhev" }, article: null },
  ];
  const tour = { slug: "rzhev", locale: "en", token: null, linkToken: null, steps, images: [] };

  it("are its page and each step's presentation, with the share token it was opened with", () => {
    const files = tourOfflineFiles({ ...tour, token: "tok", linkToken: "tok" });
    expect(files.slice(0, 4)).toEqual([
      "/en/tours/rzhev?t=tok",
      "/en/tours/rzhev/present?step=1&t=tok",
      "/en/tours/rzhev/present?step=2&t=tok",
      "/en/tours/rzhev/present?step=3&t=tok",
    ]);
    const open = tourOfflineFiles({ ...tour, locale: "ru" });
    expect(open.slice(0, 2)).toEqual(["/ru/tours/rzhev", "/ru/tours/rzhev/present?step=1"]);
    expect(open).toEqual(expect.arrayContaining(["/basemap/countries-50m.json", "/basemap/places/seas.json", "/manifest.webmanifest"]));
    expect(new Set(open).size).toBe(open.length);
  });

  it("hold the entry and article pages the steps link to, their images, the handout and the offline page in every language", () => {
    const files = tourOfflineFiles({ ...tour, images: ["2026/12/a.webp", "2026/12/b.png"] });
    expect(files).toEqual(
      expect.arrayContaining([
        "/en/entries/battles-of-rzhev",
        "/en/articles/installation-begins",
        "/media/2026/12/a.webp",
        "/media/2026/12/b.png",
        "/en/handout?tour=rzhev",
        "/en/offline",
        "/ru/offline",
      ]),
    );
    expect(files.filter((file) => file.includes("/entries/"))).toHaveLength(1);
    expect(files.some((file) => file.startsWith("/ru/entries/"))).toBe(false);
    expect(new Set(files).size).toBe(files.length);
  });

  it("keep the linked pages under the addresses the tour page links to, which may carry a token the page was opened without", () => {
    // A teacher's shared draft, opened without its token: the page's links carry it.
    const files = tourOfflineFiles({ ...tour, token: null, linkToken: "tok" });
    expect(files[0]).toBe("/en/tours/rzhev");
    expect(files).toEqual(
      expect.arrayContaining(["/en/tours/rzhev/present?step=1&t=tok", "/en/tours/rzhev?t=tok", "/en/handout?t=tok&tour=rzhev"]),
    );
    expect(files).not.toContain("/en/tours/rzhev/present?step=1");
    // A published tour opened with a token: its links carry none.
    const published = tourOfflineFiles({ ...tour, token: "tok", linkToken: null });
    expect(published[0]).toBe("/en/tours/rzhev?t=tok");
    expect(published).toEqual(expect.arrayContaining(["/en/tours/rzhev/present?step=1", "/en/handout?tour=rzhev"]));
  });

  it("hold the basemap of every step's view: name tiles at its zoom, the fine coast only from zoom 6", () => {
    const files = tourOfflineFiles(tour);
    // The centre tiles of steps 1 (zoom 8) and 3 (zoom 4).
    expect(files).toContain("/basemap/places/8/152/79.json");
    expect(files).toContain("/basemap/coast/8/152/79.json");
    expect(files).toContain("/basemap/places/4/9/5.json");
    expect(files.some((file) => file.startsWith("/basemap/coast/4/"))).toBe(false);
  });

  it("before any step has a view, the presentation's opening view", () => {
    const files = tourOfflineFiles({ ...tour, slug: "slides", steps: [{ view: null, entry: null, article: null }] });
    expect(files).toEqual(expect.arrayContaining(basemapFilesForView({ latitude: 54, longitude: 40, zoom: 4 })));
  });

  it("wrap round the world and stop at its top and bottom", () => {
    const tiles = tilesAround({ latitude: 80, longitude: 179.9, zoom: 2 }, 2);
    expect(tiles.every(({ x, y }) => x >= 0 && x < 4 && y >= 0 && y < 4)).toBe(true);
    expect(new Set(tiles.map(({ x, y }) => `${x}/${y}`)).size).toBe(tiles.length);
    expect(tiles.map(({ x }) => x)).toContain(0);
  });
});

describe("the offline page shown for a page not saved", () => {
  it("is the one in the address's language, else the default language's", () => {
    const locales = ["en", "ru"];
    expect(offlinePagePath(localeOfPath("/ru/entries/khatyn-memorial", locales, "en"))).toBe("/ru/offline");
    expect(offlinePagePath(localeOfPath("/en", locales, "en"))).toBe("/en/offline");
    expect(localeOfPath("/", locales, "en")).toBe("en");
    expect(localeOfPath("/de/entries/x", locales, "en")).toBe("en");
    expect(localeOfPath("/entries/x", locales, "ru")).toBe("ru");
  });
});
