import { z } from "zod";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { historicalDateTextSchema, slugSchema } from "./entry";
import { key, type ValidationKey } from "./messages";
import { relationEditSchema } from "./relation";
import { safeText } from "./safe-text";
import { citationEditSchema } from "./source";

const optionalNumber = (min: number, max: number, messages: { number: ValidationKey; min: ValidationKey; max: ValidationKey }) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
    z.number({ message: messages.number }).min(min, messages.min).max(max, messages.max).nullable(),
  );

const text = (max: number) => safeText(z.string().trim().max(max)).default("");

export const entryTextEditSchema = z.object({
  title: text(300),
  aliases: z
    .preprocess(
      (v) =>
        typeof v === "string"
          ? v
              .split("\n")
              .map((a) => a.trim())
              .filter(Boolean)
          : v,
      z.array(safeText(z.string().max(300))).max(50),
    )
    .default([]),
  summary: text(1000),
  description: text(20000),
  placeName: text(300),
  locationNote: text(1000),
  authors: text(1000),
  dimensions: text(1000),
});

/**
 * What the entry editor sends, checked the same way in the browser and on the server. A language
 * counts only when its title is given; at least one language must be.
 *
 * `relations` and `citations`, when given, are the whole list of this entry's outgoing links and
 * citations; when left out (API clients written before they existed, revisions recorded before
 * them) the saved ones stay as they are, except comparable links, which `comparableTo` still sets.
 */
export const entryEditSchema = z
  .object({
    slug: slugSchema,
    kind: z.enum(ENTRY_KINDS, { message: key("entryKind") }),
    latitude: optionalNumber(-90, 90, { number: "latitudeNumber", min: "latitudeMin", max: "latitudeMax" }),
    longitude: optionalNumber(-180, 180, { number: "longitudeNumber", min: "longitudeMin", max: "longitudeMax" }),
    locationPrecision: z.enum(["exact", "approximate", "area"]).default("exact"),
    countryCode: z.preprocess(
      (v) => (v === "" ? null : v),
      z
        .string()
        .max(2, { message: key("countryCode"), abort: true })
        .regex(/^[A-Z]{2}$/, key("countryCode"))
        .nullable()
        .default(null),
    ),
    wikidataId: z.preprocess(
      (v) => (v === "" ? null : v),
      z
        .string()
        .max(20, { message: key("wikidataId"), abort: true })
        .regex(/^Q\d+$/, key("wikidataId"))
        .nullable()
        .default(null),
    ),
    date: z.preprocess((v) => (v === "" ? null : v), historicalDateTextSchema.nullable().default(null)),
    translations: z.object(
      Object.fromEntries(CONTENT_LOCALES.map((l) => [l, entryTextEditSchema])) as Record<
        (typeof CONTENT_LOCALES)[number],
        typeof entryTextEditSchema
      >,
    ),
    comparableTo: z.array(slugSchema).max(50).default([]),
    relations: z.array(relationEditSchema).max(200, key("linksTooMany")).optional(),
    citations: z.array(citationEditSchema).max(300, key("citationsTooMany")).optional(),
  })
  .superRefine((entry, ctx) => {
    if ((entry.latitude === null) !== (entry.longitude === null)) {
      ctx.addIssue({ code: "custom", path: [entry.latitude === null ? "latitude" : "longitude"], message: key("coordinatesBoth") });
    }
    const titled = CONTENT_LOCALES.filter((l) => entry.translations[l].title !== "");
    if (titled.length === 0) ctx.addIssue({ code: "custom", path: ["translations", "en", "title"], message: key("titleInOneLanguage") });
    if (entry.comparableTo.includes(entry.slug))
      ctx.addIssue({ code: "custom", path: ["comparableTo"], message: key("notComparableToSelf") });
  })
  .superRefine(checkLinks, { when: () => true });

/**
 * Self-links and duplicates among the rows. It runs even when other fields failed, so the form
 * shows every row's problem at once; rows that did not parse are skipped (they have their own issue).
 */
function checkLinks(value: unknown, ctx: z.RefinementCtx): void {
  const text = (field: unknown) => (typeof field === "string" ? field.trim() : "");
  const row = (field: unknown) => (field !== null && typeof field === "object" ? (field as Record<string, unknown>) : {});
  const rows = (field: unknown) => (Array.isArray(field) ? (field as unknown[]) : []);
  const entry = row(value);
  const slug = text(entry.slug);
  const links = new Set<string>();
  rows(entry.relations).forEach((item, index) => {
    const relation = row(item);
    const target = text(relation.target);
    if (!target) return;
    const link = `${text(relation.type)} ${target}`;
    if (target === slug) ctx.addIssue({ code: "custom", path: ["relations", index, "target"], message: key("notLinkedToSelf") });
    else if (links.has(link)) ctx.addIssue({ code: "custom", path: ["relations", index, "target"], message: key("linkTwice") });
    links.add(link);
  });
  const cited = new Set<string>();
  rows(entry.citations).forEach((item, index) => {
    const citation = row(item);
    const source = text(citation.source);
    if (!source) return;
    const citing = `${source} ${text(citation.field)}`;
    if (cited.has(citing)) ctx.addIssue({ code: "custom", path: ["citations", index, "source"], message: key("citationTwice") });
    cited.add(citing);
  });
}

export type EntryEditInput = z.input<typeof entryEditSchema>;
export type EntryEdit = z.output<typeof entryEditSchema>;
