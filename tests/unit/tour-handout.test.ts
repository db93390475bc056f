import { describe, expect, it } from "vitest";
import type { TourStepView, TourView } from "@/lib/data/tours/get-tour-for-viewing";
import { handoutQueryString, readHandoutTour, tourHandoutView } from "@/lib/handout/handout-params";
import { spreadMarkers } from "@/lib/handout/spread-markers";
import { tourHandoutItems } from "@/lib/handout/tour-handout-items";

const source = { key: "s1", title: "A source", url: null, publisher: null, accessedOn: null, language: null, fields: ["title"], notes: [] };

function step(number: number, overrides: Partial<TourStepView>): TourStepView {
  return {
    number,
    kind: "slide",
    title: `Step ${number}`,
    titleLocale: "en",
    narrative: `Narrative ${number}`,
    question: `Question ${number}?`,
    entry: null,
    article: null,
    sources: [],
    view: null,
    window: null,
    ...overrides,
  };
}

const tour: TourView = {
  id: "t1",
  slug: "a-tour",
  status: "draft",
  shared: true,
  ownerId: null,
  shareToken: "secret",
  title: "A tour",
  titleLocale: "en",
  introduction: "",
  steps: [
    step(1, {
      kind: "entry",
      titleLocale: "ru",
      entry: {
        id: "e1",
        slug: "an-entry",
        kind: "memorial",
        title: "An entry",
        titleLocale: "ru",
        latitude: 56.2,
        longitude: 34.3,
        locationPrecision: "exact",
        startTime: Date.UTC(1942, 0, 1),
        endTime: Date.UTC(1943, 2, 1),
        dateLabel: "1942–1943",
        isRange: true,
      },
      sources: [source],
      view: { latitude: 50, longitude: 30, zoom: 6 },
    }),
    step(2, { view: { latitude: 48.7, longitude: 44.5, zoom: 8 }, window: { start: 0, end: 1000 } }),
    step(3, { kind: "article", article: { slug: "an-article", title: "An article" } }),
  ],
};

describe("a tour's handout", () => {
  it("prints each step with its narrative, question and sources, placed at its entry or its chosen view", () => {
    const items = tourHandoutItems(tour, "en", "secret");
    expect(items.map((item) => item.title)).toEqual(["Step 1", "Step 2", "Step 3"]);
    expect(items.map((item) => item.question)).toEqual(["Question 1?", "Question 2?", "Question 3?"]);
    expect(items[0]).toMatchObject({
      lang: "ru",
      path: "/en/entries/an-entry",
      dateLabel: "1942–1943",
      latitude: 56.2,
      longitude: 34.3,
      startTime: Date.UTC(1942, 0, 1),
      endTime: Date.UTC(1943, 2, 1),
      sources: [source],
      narrative: "Narrative 1",
    });
    // A slide: where the teacher framed it, and the middle of its window; it links to the tour, with the share token.
    expect(items[1]).toMatchObject({ latitude: 48.7, longitude: 44.5, startTime: 500, endTime: 500, path: "/en/tours/a-tour?t=secret" });
    expect(items[2]).toMatchObject({ path: "/en/articles/an-article", latitude: null, startTime: null, lang: undefined });
  });

  it("is named by the tour's slug and, for a draft shared by link, its token, in the handout's and the PDF's address", () => {
    const asked = readHandoutTour(new URLSearchParams("tour=a-tour&t=secret&paper=letter"));
    expect(asked).toEqual({ slug: "a-tour", token: "secret" });
    expect(handoutQueryString(tourHandoutView(asked!), "Letter")).toBe("tour=a-tour&t=secret&paper=letter");
    expect(handoutQueryString(tourHandoutView({ slug: "a-tour", token: undefined }), "A4")).toBe("tour=a-tour");
    expect(readHandoutTour(new URLSearchParams("lat=56&lng=34&z=8"))).toBeNull();
    expect(readHandoutTour(new URLSearchParams(`tour=${"x".repeat(201)}`))).toBeNull();
  });
});

describe("markers on a handout's map", () => {
  it("keeps a marker on its point when it is clear, and moves one that another covers until none overlap", () => {
    const spread = spreadMarkers(
      [
        { number: 1, x: 100, y: 100 },
        { number: 2, x: 100, y: 100 },
        { number: 3, x: 104, y: 98 },
        { number: 4, x: 400, y: 300 },
      ],
      24,
    );
    expect(spread[0]).toMatchObject({ markerX: 100, markerY: 100 });
    expect(spread[3]).toMatchObject({ markerX: 400, markerY: 300 });
    for (const [i, a] of spread.entries()) {
      expect(a).toMatchObject({ x: [100, 100, 104, 400][i], y: [100, 100, 98, 300][i] });
      for (const b of spread.slice(i + 1))
        expect(Math.hypot(a.markerX - b.markerX, a.markerY - b.markerY)).toBeGreaterThanOrEqual(24 - 1e-9);
    }
  });
});
