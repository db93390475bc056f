import { z } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { dayStart } from "@/lib/url-state/explorer-url-state";
import { slugSchema } from "./entry";
import { key } from "./messages";

export const TOUR_STEP_KINDS = ["entry", "article", "slide"] as const;
export type TourStepKind = (typeof TOUR_STEP_KINDS)[number];

/** A class hour holds a few dozen steps at most; the limit keeps one save a bounded write. */
export const TOUR_STEPS_MAX = 60;

/** A day as the explorer's address writes it: "1942-01-05", "-0044-03-15". */
const DAY = /^-?\d{4,}-\d{2}-\d{2}$/;

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalNumber = (min: number, max: number, below: Parameters<typeof key>[0], above: Parameters<typeof key>[0]) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v) : v),
    z
      .number({ message: key("wrongType") })
      .min(min, key(below))
      .max(max, key(above))
      .nullable()
      .default(null),
  );

export const tourTextSchema = z.object({
  title: z.string().trim().max(300).default(""),
  introduction: z.string().trim().max(5000).default(""),
});

export const tourStepTextSchema = z.object({
  /** A slide's heading; entry and article steps show the record's own title when it is empty. */
  title: z.string().trim().max(300).default(""),
  narrative: z.string().trim().max(5000).default(""),
  question: z.string().trim().max(1000).default(""),
});

const EMPTY_STEP_TEXT = { title: "", narrative: "", question: "" };

export const tourStepSchema = z
  .object({
    kind: z.enum(TOUR_STEP_KINDS, { message: key("invalidOption") }),
    entrySlug: z.preprocess(emptyToNull, slugSchema.nullable().default(null)),
    articleSlug: z.preprocess(emptyToNull, slugSchema.nullable().default(null)),
    latitude: optionalNumber(-90, 90, "latitudeMin", "latitudeMax"),
    longitude: optionalNumber(-180, 180, "longitudeMin", "longitudeMax"),
    zoom: optionalNumber(0, 22, "tooSmall", "tooLarge"),
    /** The timeline window's first and last day, as the explorer's address writes them. */
    from: z.preprocess(emptyToNull, z.string().max(16).regex(DAY, key("isoDate")).nullable().default(null)),
    to: z.preprocess(emptyToNull, z.string().max(16).regex(DAY, key("isoDate")).nullable().default(null)),
    texts: z
      .object(
        Object.fromEntries(CONTENT_LOCALES.map((l) => [l, tourStepTextSchema.default(EMPTY_STEP_TEXT)])) as Record<
          ContentLocale,
          ReturnType<typeof tourStepTextSchema.default>
        >,
      )
      .prefault({}),
  })
  .superRefine((step, ctx) => {
    if (step.kind === "entry" && !step.entrySlug) ctx.addIssue({ code: "custom", path: ["entrySlug"], message: key("required") });
    if (step.kind === "article" && !step.articleSlug) ctx.addIssue({ code: "custom", path: ["articleSlug"], message: key("required") });
    if (step.kind === "slide" && CONTENT_LOCALES.every((l) => step.texts[l].title === ""))
      ctx.addIssue({ code: "custom", path: ["texts", "en", "title"], message: key("titleInOneLanguage") });
    const placed = [step.latitude, step.longitude, step.zoom].filter((v) => v !== null).length;
    if (placed !== 0 && placed !== 3) ctx.addIssue({ code: "custom", path: ["latitude"], message: key("coordinatesBoth") });
    if ((step.from === null) !== (step.to === null) || (step.from && step.to && dayStart(step.from) >= dayStart(step.to)))
      ctx.addIssue({ code: "custom", path: ["to"], message: key("invalidDate") });
  });

/**
 * What the tour editor and the tour API send, checked the same way in the browser and on the
 * server. A language counts only when its title is given; at least one language must be.
 */
export const tourEditSchema = z
  .object({
    slug: slugSchema,
    shared: z.boolean().default(false),
    translations: z.object(
      Object.fromEntries(CONTENT_LOCALES.map((l) => [l, tourTextSchema.default({ title: "", introduction: "" })])) as Record<
        ContentLocale,
        ReturnType<typeof tourTextSchema.default>
      >,
    ),
    steps: z.array(tourStepSchema).max(TOUR_STEPS_MAX, key("tooMany")).default([]),
  })
  .superRefine((tour, ctx) => {
    if (CONTENT_LOCALES.every((l) => tour.translations[l].title === ""))
      ctx.addIssue({ code: "custom", path: ["translations", "en", "title"], message: key("titleInOneLanguage") });
    for (const locale of CONTENT_LOCALES) {
      const text = tour.translations[locale];
      if (text.title === "" && text.introduction !== "")
        ctx.addIssue({ code: "custom", path: ["translations", locale, "title"], message: key("titleForText") });
    }
  });

export type TourEditInput = z.input<typeof tourEditSchema>;
export type TourEdit = z.output<typeof tourEditSchema>;
export type TourStepEdit = z.output<typeof tourStepSchema>;
export type TourStepInput = z.input<typeof tourStepSchema>;
