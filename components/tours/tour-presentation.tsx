"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MapView, TileConfig, TimeWindow } from "@/components/explorer/types";
import { usePrefersReducedMotion } from "@/components/explorer/use-media-query";
import { useMapLabels, useTimelineLabels } from "@/components/explorer/use-view-labels";
import { useRouter } from "@/i18n/navigation";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { NO_FRAMING, type PresentedStep, shownFramings } from "./presentation-steps";
import { PresentationMap, PresentationTimeline } from "./presentation-widgets";
import { useTourPresentationState } from "./tour-presentation-state";
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

const ignore = () => undefined;
const windowText = (window: TimeWindow) => `${Math.round(window.start)},${Math.round(window.end)}`;

/**
 * A tour presented on a projector: the explorer's own map and timeline (composed, not copied) with
 * the step's text in large type. Each step moves both views to what the teacher chose; a step that
 * chose nothing keeps what the one before showed; the map flies and the timeline moves to it. The step
 * is in the address, so a reload stays, and a presenter view in a second window follows it (and leads it).
 */
export function TourPresentation({ slug, title, titleLocale, steps, initialIndex, token, tiles, locale }: TourPresentationProps) {
  const t = useTranslations("tourPresent");
  const presenter = useTranslations("presenter");
  const router = useRouter();
  const reducedMotion = usePrefersReducedMotion();
  const mapLabels = useMapLabels();
  const timelineLabels = useTimelineLabels();
  const [fullscreen, setFullscreen] = useState(false);
  const [shown, setShown] = useState<{ view: string; window: string }>({ view: "", window: "" });
  const root = useRef<HTMLDivElement>(null);
  const leave = useCallback(() => {
    router.push(token ? { pathname: `/tours/${slug}`, query: { t: token } } : `/tours/${slug}`);
  }, [router, slug, token]);
  const { index, version, go } = useTourPresentationState({ slug, total: steps.length, initialIndex, onLeave: leave });
  const step = steps[index];

  const entries = useMemo(() => {
    const byId = new Map<string, EntrySummary>();
    for (const s of steps) if (s.entry) byId.set(s.entry.id, s.entry);
    return [...byId.values()];
  }, [steps]);
  const framings = useMemo(() => shownFramings(steps), [steps]);
  const framing = framings[index] ?? NO_FRAMING;
  const [opening] = useState(framing);
  // The step decides the view: each move (and the first, on opening) is a requested view and window.
  // Framing the map on a point also stops it following the selection, which would fly to the entry
  // at its own zoom after the step's view was set.
  const [openingFrame] = useState(() => [{ latitude: framing.view.latitude, longitude: framing.view.longitude }]);
  // Each step after the first flies the map and moves the timeline there, so the class sees where the
  // story went; with reduced motion both jump.
  const animate = version > 0 && !reducedMotion;
  const requestedView = useMemo(() => ({ value: framing.view, version: version + 1, animate }), [framing.view, version, animate]);
  const requestedWindow = useMemo(() => ({ value: framing.window, version: version + 1, animate }), [framing.window, version, animate]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  // A second window for the teacher's screen (notes, the next step, a clock), kept in step through the presenter channel.
  function openPresenterView() {
    const params = new URLSearchParams(window.location.search);
    params.set("presenter", "1");
    window.open(`${window.location.pathname}?${params}`, `tour-presenter-${slug}`, "popup,width=900,height=700");
  }

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
          <button type="button" onClick={openPresenterView}>
            {presenter("open")}
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
          <PresentationMap
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
        <PresentationTimeline
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
