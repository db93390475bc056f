"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import type { MapLink, TileConfig } from "@/components/explorer/types";
import { usePrefersReducedMotion } from "@/components/explorer/use-media-query";
import { useMapLabels, useTimelineLabels } from "@/components/explorer/use-view-labels";
import { LazyMemorialMap } from "@/components/map/lazy-memorial-map";
import { LazyMemorialTimeline } from "@/components/timeline/lazy-memorial-timeline";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";

const YEAR = 365.25 * 24 * 60 * 60 * 1000;
const ignore = () => undefined;

/** The compared monuments alone on a map (lines from the first to the others) and a timeline. */
export function CompareViews({ entries, tiles }: { entries: EntrySummary[]; tiles: TileConfig | null }) {
  const locale = useLocale();
  const mapLabels = useMapLabels();
  const timelineLabels = useTimelineLabels();
  const reducedMotion = usePrefersReducedMotion();
  const first = entries[0];
  const links: MapLink[] = useMemo(
    () =>
      entries
        .slice(1)
        .filter((e): e is MapLink["entry"] => e.latitude !== null && e.longitude !== null)
        .map((entry) => ({ entry })),
    [entries],
  );
  const window = useMemo(() => {
    const times = entries.flatMap((e) => (e.startTime !== null && e.endTime !== null ? [e.startTime, e.endTime] : []));
    if (times.length === 0) return { start: Date.UTC(1900, 0, 1), end: Date.UTC(2030, 0, 1) };
    return { start: Math.min(...times) - 5 * YEAR, end: Math.max(...times) + 5 * YEAR };
  }, [entries]);
  const frame = useMemo(
    () => entries.flatMap((e) => (e.latitude !== null && e.longitude !== null ? [{ latitude: e.latitude, longitude: e.longitude }] : [])),
    [entries],
  );
  return (
    <div className="compare-views">
      <LazyMemorialMap
        entries={entries}
        clusters={[]}
        selected={first ?? null}
        links={links}
        tiles={tiles}
        reducedMotion={reducedMotion}
        onSelect={ignore}
        onViewChange={ignore}
        labels={mapLabels}
        initialView={null}
        requestedView={null}
        frame={frame}
      />
      <LazyMemorialTimeline
        entries={entries}
        buckets={[]}
        selected={null}
        initialWindow={window}
        fitOnFirstLoad={false}
        dateFilter={null}
        requestedWindow={null}
        reducedMotion={reducedMotion}
        onSelect={ignore}
        onWindowChange={ignore}
        locale={locale}
        labels={timelineLabels}
      />
    </div>
  );
}
