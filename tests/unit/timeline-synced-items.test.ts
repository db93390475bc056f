import { DataSet } from "vis-data/esnext";
import type { DataItem } from "vis-timeline/esnext";
import { describe, expect, it } from "vitest";
import { SyncedItems } from "@/components/timeline/synced-items";
import { toBucketItem, toTimelineItem } from "@/components/timeline/timeline-items";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";

const YEAR = 365 * 24 * 60 * 60 * 1000;

function entry(id: string, startYear: number, endYear = startYear, extra: Partial<EntrySummary> = {}): EntrySummary {
  return {
    id,
    slug: id,
    title: `Entry ${id}`,
    titleLocale: "en",
    kind: "event",
    latitude: null,
    longitude: null,
    locationPrecision: "exact",
    startTime: (startYear - 1970) * YEAR,
    endTime: (endYear - 1970) * YEAR,
    isRange: endYear !== startYear,
    dateLabel: String(startYear),
    ...extra,
  };
}

/** Records what reaches the DataSet, as vis-timeline would see it. */
function watched() {
  const dataSet = new DataSet<DataItem>();
  const events: { event: string; ids: string[] }[] = [];
  dataSet.on("*", (event: string, properties: { items?: (string | number)[] } | null) => {
    events.push({ event, ids: (properties?.items ?? []).map(String) });
  });
  return { dataSet, synced: new SyncedItems(dataSet), events };
}

describe("SyncedItems", () => {
  it("passes only new, changed and gone items to the DataSet", () => {
    const { dataSet, synced, events } = watched();
    synced.sync([entry("a", 1941), entry("b", 1942), entry("c", 1943)].map(toTimelineItem));
    expect(events).toEqual([{ event: "add", ids: ["a", "b", "c"] }]);
    events.length = 0;

    // The same items again (new objects, equal contents): nothing reaches vis-timeline.
    expect(synced.sync([entry("a", 1941), entry("b", 1942), entry("c", 1943)].map(toTimelineItem))).toEqual({
      added: 0,
      updated: 0,
      removed: 0,
    });
    expect(events).toEqual([]);

    // b retitled, c gone, d new; a untouched.
    synced.sync([entry("a", 1941), entry("b", 1942, 1942, { title: "Renamed" }), entry("d", 1944)].map(toTimelineItem));
    expect(events).toEqual([
      { event: "remove", ids: ["c"] },
      { event: "update", ids: ["b"] },
      { event: "add", ids: ["d"] },
    ]);
    expect(dataSet.getIds().map(String).sort()).toEqual(["a", "b", "d"]);
    expect(dataSet.get("b")?.content).toContain("Renamed");
  });

  it("replaces an item whose type changes, so no field of the old type is left behind", () => {
    const { dataSet, synced, events } = watched();
    synced.sync([toTimelineItem(entry("a", 1941, 1945))]);
    expect(dataSet.get("a")).toMatchObject({ type: "range" });
    events.length = 0;
    synced.sync([toTimelineItem(entry("a", 1941))]);
    expect(events).toEqual([
      { event: "remove", ids: ["a"] },
      { event: "add", ids: ["a"] },
    ]);
    expect(dataSet.get("a")).toMatchObject({ type: "point" });
    expect(dataSet.get("a")).not.toHaveProperty("end");
  });

  it("swaps entries for counts and leaves items it does not manage alone", () => {
    const { dataSet, synced } = watched();
    dataSet.add({ id: "date-filter", content: "", start: new Date(0), end: new Date(YEAR), type: "background" });
    synced.sync([entry("a", 1941), entry("b", 1942)].map(toTimelineItem));
    const bucket = { id: "bucket:0:365:3", start: 0, end: YEAR, count: 512 };
    synced.sync([toBucketItem(bucket, "512", "512 entries")]);
    expect(dataSet.getIds().map(String).sort()).toEqual(["bucket:0:365:3", "date-filter"]);
    expect(synced.has("a")).toBe(false);
    expect(synced.has("bucket:0:365:3")).toBe(true);
  });

  it("leaves the selection to vis-timeline: an entry's item does not change when it is selected", () => {
    expect(toTimelineItem(entry("a", 1941)).className).toBe("kind-event");
  });
});
