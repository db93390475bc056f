"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_MAP_CENTER } from "@/components/explorer/first-map-view";
import type { MapView, TileConfig, TimeWindow } from "@/components/explorer/types";
import { usePrefersReducedMotion } from "@/components/explorer/use-media-query";
import { useMapLabels, useTimelineLabels } from "@/components/explorer/use-view-labels";
import { LazyMemorialMap } from "@/components/map/lazy-memorial-map";
import { LazyMemorialTimeline } from "@/components/timeline/lazy-memorial-timeline";
import { useRouter } from "@/i18n/navigation";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { type PresentedStep, stepKeyAction } from "./presentation-steps";
import "./tour-presentation.css";

export interface TourPresentationProps {
  slug: string;
  title: string;
  titleLocale: string;
  steps: PresentedStep[];
  /** 0-based, from the address (?step=N, counted from 1). */
  initialIndex: number;
  /** The share token the tour was opened with, kept in every address the presentation makes. */
  token: string | null;
  tiles: TileConfig | null;
  locale: string;
}

/** The whole war, until a step says otherwise. */
const DEFAULT_WINDOW: TimeWindow = { start: Date.UTC(1939, 0, 1), end: Date.UTC(1946, 0, 1) };
const ignore = () => undefined;
const windowText = (window: TimeWindow) => `${Math.round(window.start)},${Math.round(window.end)}`;

/**
 * A tour presented on a projector: the explorer's own map and timeline (composed, not copied) with
 * the step's text in large type. Each step moves both views to what the teacher chose; a step that
 * chose nothing keeps what the one before showed. The step is in the address, so a reload stays.
 */
export function TourPresentation({ slug, title, titleLocale, steps, initialIndex, token, tiles, locale }: TourPresentationProps) {
  const t = useTranslations("tourPresent");
  const router = useRouter();
  const reducedMotion = usePrefersReducedMotion();
  const mapLabels = useMapLabels();
  const timelineLabels = useTimelineLabels();
  const [index, setIndex] = useState(initialIndex);
  const [version, setVersion] = useState(0);
  const [fullscreen, setFullscreen] = useState(false);
  const [shown, setShown] = useState<{ view: string; window: string }>({ view: "", window: "" });
  const root = useRef<HTMLDivElement>(null);
  const step = steps[index];

  const entries = useMemo(() => {
    const byId = new Map<string, EntrySummary>();
    for (const s of steps) if (s.entry) byId.set(s.entry.id, s.entry);
    return [...byId.values()];
  }, [steps]);
  // What each step shows: its own framing, else the last one before it that had one.
  const framings = useMemo(() => {
    let view = DEFAULT_MAP_CENTER;
    let window = DEFAULT_WINDOW;
    return steps.map((s) => {
      view = s.view ?? view;
      window = s.window ?? window;
      return { view, window };
    });
  }, [steps]);
  const framing = framings[index] ?? { view: DEFAULT_MAP_CENTER, window: DEFAULT_WINDOW };
  const [opening] = useState(framing);
  // The step decides the view: each move (and the first, on opening) is a requested view and window.
  // Framing the map on a point also stops it following the selection, which would fly to the entry
  // at its own zoom after the step's view was set.
  const [openingFrame] = useState(() => [{ latitude: framing.view.latitude, longitude: framing.view.longitude }]);
  const requestedView = useMemo(() => ({ value: framing.view, version: version + 1 }), [framing.view, version]);
  const requestedWindow = useMemo(() => ({ value: framing.window, version: version + 1 }), [framing.window, version]);

  const current = useRef(index);
  current.current = index;
  const go = useCallback(
    (to: number) => {
      const next = Math.min(Math.max(to, 0), steps.length - 1);
      if (next === current.current) return;
      current.current = next;
      setIndex(next);
      setVersion((v) => v + 1);
    },
    [steps.length],
  );

  const leave = useCallback(() => {
    router.push(token ? { pathname: `/tours/${slug}`, query: { t: token } } : `/tours/${slug}`);
  }, [router, slug, token]);

  // The address follows the step, without a navigation: a reload (or a copied link) opens it again.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    params.set("step", String(index + 1));
    window.history.replaceState(window.history.state, "", `?${params}`);
  }, [index]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = stepKeyAction(event.key);
      if (!action) return;
      event.preventDefault();
      if (action === "leave") leave();
      else if (action === "first") go(0);
      else if (action === "last") go(steps.length - 1);
      else go(current.current + (action === "next" ? 1 : -1));
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, leave, steps.length]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen().catch(() => undefined);
  }

  // The views report where they really are: the page says so (for a presenter's check, and for tests).
  const onViewChange = useCallback((view: MapView) => {
    const text = `${view.center.latitude.toFixed(3)},${view.center.longitude.toFixed(3)},${view.zoom}`;
    setShown((current) => (current.view === text ? current : { ...current, view: text }));
  }, []);
  const onWindowChange = useCallback((window: TimeWindow) => {
    const text = windowText(window);
    setShown((current) => (current.window === text ? current : { ...current, window: text }));
  }, []);

  if (!step) return null;
  return (
    <div ref={root} className="tour-present" role="region" aria-label={t("label", { title })}>
      <header className="present-bar">
        <p className="present-title" lang={titleLocale === locale ? undefined : titleLocale}>
          {title}
        </p>
        <p className="present-progress" aria-live="polite">
          {t("progress", { number: index + 1, total: steps.length })}
        </p>
        <progress className="present-progress-bar" max={steps.length} value={index + 1} aria-hidden="true" />
        <nav className="present-controls" aria-label={t("label", { title })}>
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
            {t("previous")}
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={index === steps.length - 1}>
            {t("next")}
          </button>
          <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
            {t("fullscreen")}
          </button>
          <button type="button" onClick={leave}>
            {t("exit")}
          </button>
        </nav>
      </header>
      <div className="present-stage">
        <div className="present-map" data-map-view={shown.view}>
          <LazyMemorialMap
            entries={entries}
            clusters={[]}
            selected={step.entry}
            links={[]}
            tiles={tiles}
            reducedMotion={reducedMotion}
            onSelect={ignore}
            onViewChange={onViewChange}
            labels={mapLabels}
            initialView={opening.view}
            requestedView={requestedView}
            frame={openingFrame}
          />
        </div>
        <section
          className="present-text"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a long narrative scrolls, and a scrolling region must be reachable by keyboard to scroll it (axe: scrollable-region-focusable)
          tabIndex={0}
          aria-labelledby="present-step-title"
          lang={step.titleLocale === locale ? undefined : step.titleLocale}
        >
          <h1 id="present-step-title">{step.title}</h1>
          {step.entry?.dateLabel ? <p className="present-date">{step.entry.dateLabel}</p> : null}
          {step.narrative ? <p className="present-narrative">{step.narrative}</p> : null}
          {step.question ? <p className="present-question">{step.question}</p> : null}
        </section>
      </div>
      <div className="present-timeline" data-timeline-window={shown.window || windowText(opening.window)}>
        <LazyMemorialTimeline
          entries={entries}
          buckets={[]}
          selected={step.entry}
          initialWindow={opening.window}
          dateFilter={null}
          fitOnFirstLoad={false}
          requestedWindow={requestedWindow}
          reducedMotion={reducedMotion}
          onSelect={ignore}
          onWindowChange={onWindowChange}
          locale={locale}
          labels={timelineLabels}
        />
      </div>
      <p className="sr-only">{t("keys")}</p>
    </div>
  );
}
