import { DEFAULT_MAP_CENTER, type MapCenter } from "@/components/explorer/first-map-view";
import type { TimeWindow } from "@/components/explorer/types";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { TourStepView } from "@/lib/data/tours/get-tour-for-viewing";

/** What the presentation needs of a step (the sources stay on the tour page). */
export type PresentedStep = Pick<TourStepView, "title" | "titleLocale" | "narrative" | "question" | "view" | "window"> & {
  entry: EntrySummary | null;
};

export function presentedStep({ title, titleLocale, narrative, question, view, window, entry }: TourStepView): PresentedStep {
  return { title, titleLocale, narrative, question, view, window, entry };
}

/** The whole war, until a step says otherwise. */
const DEFAULT_WINDOW: TimeWindow = { start: Date.UTC(1939, 0, 1), end: Date.UTC(1946, 0, 1) };

export interface ShownFraming {
  view: MapCenter;
  window: TimeWindow;
}

/** What each step shows: its own framing, else the last one before it that had one (the map's opening view, the war, before any). */
export function shownFramings(steps: readonly Pick<PresentedStep, "view" | "window">[]): ShownFraming[] {
  let view = DEFAULT_MAP_CENTER;
  let window = DEFAULT_WINDOW;
  return steps.map((s) => {
    view = s.view ?? view;
    window = s.window ?? window;
    return { view, window };
  });
}

export const NO_FRAMING: ShownFraming = { view: DEFAULT_MAP_CENTER, window: DEFAULT_WINDOW };

export type StepKeyAction = "next" | "previous" | "first" | "last" | "leave";

/**
 * The keys a presenter (or a clicker, which sends Page Up and Page Down) uses: → Space Page Down
 * next, ← Page Up previous, Home first, End last, Esc leave.
 */
const KEYS: Record<string, StepKeyAction> = {
  ArrowRight: "next",
  " ": "next",
  PageDown: "next",
  ArrowLeft: "previous",
  PageUp: "previous",
  Home: "first",
  End: "last",
  Escape: "leave",
};

export function stepKeyAction(key: string): StepKeyAction | null {
  return KEYS[key] ?? null;
}
