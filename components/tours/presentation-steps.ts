import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { TourStepView } from "@/lib/data/tours/get-tour-for-viewing";

/** What the presentation needs of a step (the sources stay on the tour page). */
export type PresentedStep = Pick<TourStepView, "title" | "titleLocale" | "narrative" | "question" | "view" | "window"> & {
  entry: EntrySummary | null;
};

export function presentedStep({ title, titleLocale, narrative, question, view, window, entry }: TourStepView): PresentedStep {
  return { title, titleLocale, narrative, question, view, window, entry };
}

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
