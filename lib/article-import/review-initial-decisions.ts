import type { RelationType } from "@/lib/content/relation-types";
import type { ArticleAnalysis } from "./analysis-schema";
import type { ReviewDecision } from "./review-decisions";

type Languages = { en: string; ru: string };

/** The review form as the screen holds it: plain values, checked by articleImportDecisionsSchema when sent. */
export interface ReviewForm {
  article: {
    title: Languages;
    summary: Languages;
    quotation: string;
    originalTitle: string;
    publisher: string;
    originalUrl: string;
    publishedDate: string;
    language: "en" | "ru";
  };
  itemKeys: string[];
  items: ReviewItemForm[];
}

export interface ReviewItemForm {
  key: string;
  event: {
    decision: ReviewDecision;
    existingSlug: string | null;
    title: Languages;
    date: string;
    /** As typed: the schema reads them as numbers ("" for none). */
    latitude: string;
    longitude: string;
    placeName: string;
    placeIsEntry: boolean;
  } | null;
  links: {
    key: string;
    decision: ReviewDecision;
    from: { entrySlug: string } | { proposedEvent: true };
    target: string;
    relationType: RelationType | "mentions";
    note: string;
  }[];
  agents: {
    key: string;
    decision: ReviewDecision;
    name: string;
    kind: "person" | "organisation";
    entrySlug: string | null;
    note: string;
  }[];
}

/** Notes are kept to the length a link's note may have; the justifying sentence is rarely longer. */
const NOTE_MAX = 1000;
const note = (sentence: string) => sentence.trim().slice(0, NOTE_MAX);

/**
 * The review form's starting point for an analysis: every proposal pending, as proposed, and the
 * original's attribution as the page states it. Our own title and summary start empty: the curator
 * writes them. The items' text is not carried over: it is for reading, never stored.
 */
export function initialDecisions(analysis: ArticleAnalysis): ReviewForm {
  const { page } = analysis;
  return {
    article: {
      title: { en: "", ru: "" },
      summary: { en: "", ru: "" },
      quotation: "",
      originalTitle: page.title ?? analysis.items[0]?.title ?? "",
      publisher: page.publisher ?? "",
      originalUrl: page.url ?? "",
      publishedDate: page.publishedEdtf ?? "",
      language: analysis.language,
    },
    itemKeys: analysis.items.map((item) => item.key),
    items: analysis.items.map((item) => {
      const event = item.event;
      const place = event?.place ?? item.place;
      const date = event?.date ?? item.date;
      return {
        key: item.key,
        event: event && {
          decision: "pending",
          existingSlug: event.existingSlug,
          title: { en: event.title.en ?? "", ru: event.title.ru ?? "" },
          date: date?.edtf ?? "",
          latitude: place ? String(place.lat) : "",
          longitude: place ? String(place.lon) : "",
          placeName: place?.name ?? "",
          placeIsEntry: Boolean(place?.entrySlug),
        },
        links: item.links.map((link) => ({
          key: link.key,
          decision: "pending",
          from: link.from,
          target: link.to.entrySlug,
          relationType: link.relationType,
          note: note(link.sentence),
        })),
        agents: item.agents.map((agent) => ({
          key: agent.key,
          decision: "pending",
          name: agent.name,
          kind: agent.kind,
          entrySlug: agent.entrySlug,
          note: note(agent.sentence),
        })),
      };
    }),
  };
}
