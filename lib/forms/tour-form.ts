import type { ZodError } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import type { TourSnapshot } from "@/lib/revisions/tour-snapshot";
import type { ValidationTranslate } from "@/lib/validation/messages";
import type { TourEditInput, TourStepKind } from "@/lib/validation/tour";
import { fieldErrors } from "./field-errors";

export const TOUR_STEP_TEXT_FIELDS = ["title", "narrative", "question"] as const;
export const TOUR_STEP_PLACE_FIELDS = ["latitude", "longitude", "zoom", "from", "to"] as const;

/** One step as the editor holds it: every field as typed. */
export interface TourStepValue {
  /** A key that stays with the step while it moves, for React and drag and drop; never saved. */
  key: string;
  kind: TourStepKind;
  entrySlug: string;
  articleSlug: string;
  latitude: string;
  longitude: string;
  zoom: string;
  from: string;
  to: string;
  texts: Record<ContentLocale, { title: string; narrative: string; question: string }>;
}

/** Everything the tour form holds, as typed: kept through any failure so nothing is lost. */
export interface TourFormValues {
  tourId: string;
  expectedVersion: string;
  savedSlug: string;
  /** "slug", "shared" ("on" or ""), "en.title", "ru.introduction", … */
  fields: Record<string, string>;
  steps: TourStepValue[];
}

const emptyTexts = () =>
  Object.fromEntries(CONTENT_LOCALES.map((l) => [l, { title: "", narrative: "", question: "" }])) as TourStepValue["texts"];

export function emptyTourStep(kind: TourStepKind, key: string): TourStepValue {
  return { key, kind, entrySlug: "", articleSlug: "", latitude: "", longitude: "", zoom: "", from: "", to: "", texts: emptyTexts() };
}

/** The steps travel as one JSON field, in order: the editor builds them in the browser. */
export function readTourForm(form: FormData): TourFormValues {
  const fields: Record<string, string> = { slug: String(form.get("slug") ?? ""), shared: form.get("shared") ? "on" : "" };
  for (const locale of CONTENT_LOCALES)
    for (const name of ["title", "introduction"]) fields[`${locale}.${name}`] = String(form.get(`${locale}.${name}`) ?? "");
  let steps: TourStepValue[] = [];
  try {
    const parsed: unknown = JSON.parse(String(form.get("steps") ?? "[]"));
    if (Array.isArray(parsed)) steps = parsed as TourStepValue[];
  } catch {
    // A hand-made request with broken JSON: no steps, and the schema says what is missing.
  }
  return {
    tourId: String(form.get("tourId") ?? ""),
    expectedVersion: String(form.get("expectedVersion") ?? ""),
    savedSlug: String(form.get("savedSlug") ?? ""),
    fields,
    steps,
  };
}

/** The form's values in the shape tourEditSchema checks, in the browser and on the server alike. */
export function tourFormInput(values: TourFormValues): TourEditInput {
  const { fields } = values;
  return {
    slug: fields.slug ?? "",
    shared: fields.shared === "on",
    translations: Object.fromEntries(
      CONTENT_LOCALES.map((l) => [l, { title: fields[`${l}.title`] ?? "", introduction: fields[`${l}.introduction`] ?? "" }]),
    ) as TourEditInput["translations"],
    steps: values.steps.map(({ key: _key, ...step }) => step),
  };
}

/** Schema issues keyed by the form's field ids ("en.title", "steps.2.ru.narrative"). */
export function tourFieldErrors(error: ZodError, t: ValidationTranslate): Record<string, string> {
  return fieldErrors(error, t, (path) => path.replace(/^translations\./, "").replace(/\.texts\./, "."));
}

const text = (value: number | string | null) => (value === null ? "" : String(value));

/** The form's starting values: empty for a new tour, else the saved one. */
export function tourFormValues(tour: { id: string; version: number; snapshot: TourSnapshot } | null): TourFormValues {
  if (!tour) return { tourId: "", expectedVersion: "", savedSlug: "", fields: {}, steps: [] };
  const { snapshot } = tour;
  const fields: Record<string, string> = { slug: snapshot.slug, shared: snapshot.shared ? "on" : "" };
  for (const locale of CONTENT_LOCALES) {
    fields[`${locale}.title`] = snapshot.translations[locale]?.title ?? "";
    fields[`${locale}.introduction`] = snapshot.translations[locale]?.introduction ?? "";
  }
  return {
    tourId: tour.id,
    expectedVersion: String(tour.version),
    savedSlug: snapshot.slug,
    fields,
    steps: snapshot.steps.map((step, index) => ({
      key: `saved-${index}`,
      kind: step.kind,
      entrySlug: step.entrySlug ?? "",
      articleSlug: step.articleSlug ?? "",
      latitude: text(step.latitude),
      longitude: text(step.longitude),
      zoom: text(step.zoom),
      from: step.from ?? "",
      to: step.to ?? "",
      texts: Object.fromEntries(
        CONTENT_LOCALES.map((l) => [l, { title: "", narrative: "", question: "", ...step.texts[l] }]),
      ) as TourStepValue["texts"],
    })),
  };
}
