import { z } from "zod";
import { TOUR_STEP_KINDS } from "@/lib/validation/tour";
import { citedSourceSchema, entrySummarySchema } from "./entry-schemas";
import { pointSchema } from "./geojson-schemas";

/*
 * What the public API answers about tours (a teacher's lesson of steps, each an entry, an article or a
 * slide, with the map view and timeline window to show), as the OpenAPI document and the tests read it.
 */

const tourLinksSchema = z.object({
  url: z.url().meta({ description: "The tour's page on this site." }),
  presentUrl: z.url().meta({ description: "The tour presented, step by step, on the map and the timeline." }),
  handoutUrl: z.url().meta({ description: "The tour's printable handout." }),
  apiUrl: z.url().meta({ description: "This tour in the API, with its steps." }),
});

export const tourListItemSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    titleLocale: z
      .string()
      .meta({ description: "Language of `title` and `introduction`: another one when the tour has none in the one asked for." }),
    introduction: z.string(),
    stepCount: z.number().int(),
    publishedAt: z.iso.datetime().nullable().meta({ description: "When it was last published." }),
    ...tourLinksSchema.shape,
  })
  .strict()
  .meta({ id: "TourListItem", description: "A published tour: a teacher's lesson through the collection." });

const tourStepDetailSchema = z
  .object({
    number: z.number().int().meta({ description: "From 1, in the order the tour goes." }),
    kind: z.enum(TOUR_STEP_KINDS).meta({ description: "entry or article: the step shows that record; slide: text only." }),
    title: z.string().meta({ description: "The step's own title, else its entry's or article's." }),
    titleLocale: z.string(),
    narrative: z.string(),
    question: z.string().meta({ description: "The teacher's question for the class; empty when there is none." }),
    entry: entrySummarySchema
      .extend({ url: z.url().meta({ description: "The entry's page on this site." }) })
      .strict()
      .nullable()
      .meta({ description: "The entry the step shows; null for other steps, or when that entry is no longer published." }),
    article: z
      .object({ slug: z.string(), title: z.string(), url: z.url() })
      .strict()
      .nullable()
      .meta({ description: "The article the step shows; null for other steps, or when it is no longer published." }),
    view: z.object({ latitude: z.number(), longitude: z.number(), zoom: z.number() }).strict().nullable().meta({
      description: "The map's centre and zoom for this step (set by the teacher, else the entry's place); null keeps the previous step's.",
    }),
    window: z
      .object({
        start: z.number().meta({ description: "First millisecond (Unix epoch, proleptic Gregorian, UTC)." }),
        end: z.number().meta({ description: "Last millisecond." }),
      })
      .strict()
      .nullable()
      .meta({
        description:
          "The timeline's window for this step (set by the teacher, else around the entry's date); null keeps the previous step's.",
      }),
    sources: z.array(citedSourceSchema).meta({ description: "The sources of the step's entry." }),
  })
  .strict()
  .meta({ id: "TourStep" });

export const tourDetailSchema = tourListItemSchema
  .extend({ steps: z.array(tourStepDetailSchema) })
  .strict()
  .meta({ id: "TourDetail", description: "One published tour with its steps in order." });

const tourStepPropertiesSchema = z
  .object({
    number: z.number().int(),
    kind: z.enum(TOUR_STEP_KINDS),
    title: z.string(),
    titleLocale: z.string(),
    entry: z
      .object({ slug: z.string(), title: z.string(), url: z.url() })
      .strict()
      .nullable()
      .meta({ description: "The entry whose point this is." }),
  })
  .strict();

/** Foreign members name the tour, so a file saved from this answer still says what it is. */
export const tourFeatureCollectionSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z
        .object({
          type: z.literal("Feature"),
          id: z.string().meta({ description: "step-<number>" }),
          geometry: pointSchema.nullable().meta({ description: "The step's entry's point; null for a step without one." }),
          properties: tourStepPropertiesSchema,
        })
        .meta({ id: "TourStepFeature" }),
    ),
    tour: tourListItemSchema.pick({ slug: true, title: true, titleLocale: true, url: true }).strict(),
  })
  .meta({ id: "TourFeatureCollection", description: "A tour's steps as points in their order: load it as a route." });

export type TourListItem = z.infer<typeof tourListItemSchema>;
export type TourDetail = z.infer<typeof tourDetailSchema>;
