import type { NamedEntry } from "@/lib/data/article-import/named-entry";
import type { ArticleAnalysis } from "./analysis-schema";
import { type DatePhrase, findDatePhrases } from "./date-phrases";
import type { EntryLookup } from "./entry-lookup";
import { eventTitle } from "./event-title";
import { findExistingEvent } from "./existing-event";
import { findAgents } from "./find-agents";
import { findMentions, type Mention } from "./find-mentions";
import { findGazetteerPlace, placeOfMention } from "./find-place";
import { proposeLinks } from "./propose-links";
import { resolveYears } from "./resolve-years";
import { type Sentence, splitSentences } from "./sentences";
import type { PageItem } from "./split-items";
import { stableKey } from "./stable-key";

type Item = ArticleAnalysis["items"][number];

export interface ItemContext {
  language: "en" | "ru";
  /** Finds the entries the item may name; shared by the page's items. */
  lookup: EntryLookup;
  publishedEdtf: string | null;
  url: string | null;
}

const AGENT_KINDS = new Set(["person", "organisation"]);

/** One item's proposals: its date and place, the event it reports, links to the entries it names, and the people and organisations in it. */
export async function analyzeItem(item: PageItem, context: ItemContext): Promise<Item> {
  const body = item.paragraphs.join("\n\n");
  const text = item.heading ? `${item.heading}\n\n${body}` : body;
  const leadEnd = (item.heading ? item.heading.length + 2 : 0) + item.paragraphs[0]!.length;
  const sentences = sentencesOf(text);
  const images = item.images.map((source) => absolute(source, context.url)).slice(0, 100);

  const dates = resolveYears(findDatePhrases(text), {
    publishedEdtf: context.publishedEdtf,
    references: [...item.images, context.url ?? ""],
  });
  const date = itemDate(dates, leadEnd, sentences[item.heading ? 1 : 0]);
  const eventSentence = date ? sentences.findIndex((s) => date.index >= s.start && date.index < s.start + s.text.length) : -1;
  const lead = sentences[eventSentence] ?? sentences[item.heading ? 1 : 0] ?? sentences[0]!;

  const mentions = await findMentions(text, context.lookup);
  const agentMentions = mentions.filter((m) => AGENT_KINDS.has(m.entry.kind));
  const others = mentions.filter((m) => !AGENT_KINDS.has(m.entry.kind));
  const placeMention = others.find((m) => inside(m, lead) && placeOfMention(m, context.language)) ?? null;
  const place =
    (placeMention && placeOfMention(placeMention, context.language)) ??
    (await findGazetteerPlace(lead.text, context.language)) ??
    (await findGazetteerPlace(text.slice(0, leadEnd), context.language));
  const datePart = date ? { edtf: date.edtf!, precision: date.precision, text: date.text.slice(0, 200) } : null;

  const key = stableKey(text);
  const existingSlug = date ? await findExistingEvent(date.edtf!, date.precision, place, mentions) : null;
  const event: Item["event"] = datePart
    ? {
        title: { en: null, ru: null, [context.language]: eventTitle(item.heading, lead.text, [date?.text ?? "", place?.text ?? ""]) },
        date: datePart,
        place,
        existingSlug,
      }
    : null;

  return {
    key,
    title: (item.heading ?? sentences[0]!.text).slice(0, 500),
    body: body.slice(0, 100_000),
    images,
    date: datePart,
    place,
    event,
    links: proposeLinks(key, {
      sentences,
      mentions: others,
      event: event ? (existingSlug ? { entrySlug: existingSlug } : { proposedEvent: true }) : null,
      eventSentence,
      subject: subjectOf(others, item.heading ? item.heading.length : 0),
      eventPlace: placeMention,
    }).slice(0, 500),
    agents: findAgents(text, sentences, agentMentions, others),
  };
}

/** The item's date: the first day or month its heading or first paragraph names, else a year its first sentence names. */
function itemDate(dates: DatePhrase[], leadEnd: number, first: Sentence | undefined): DatePhrase | null {
  const lead = dates.filter((d) => d.index < leadEnd && d.edtf);
  return (
    lead.find((d) => d.precision !== "year") ??
    lead.find((d) => first && inside({ start: d.index, end: d.index + d.text.length }, first)) ??
    null
  );
}

/** The memorial or place the item is about: the first named in its heading, else the one it names most often. */
function subjectOf(mentions: readonly Mention[], headingEnd: number): NamedEntry | null {
  const placed = mentions.filter((m) => m.entry.kind === "memorial" || m.entry.kind === "place");
  const inHeading = placed.find((m) => m.end <= headingEnd);
  if (inHeading) return inHeading.entry;
  const counts = new Map<string, { entry: NamedEntry; count: number }>();
  for (const m of placed) counts.set(m.entry.id, { entry: m.entry, count: (counts.get(m.entry.id)?.count ?? 0) + 1 });
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count > 1 ? best.entry : null;
}

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const block of text.split("\n\n")) {
    for (const s of splitSentences(block)) sentences.push({ text: s.text, start: s.start + offset });
    offset += block.length + 2;
  }
  return sentences;
}

function inside(span: { start: number; end: number }, sentence: Sentence): boolean {
  return span.start >= sentence.start && span.end <= sentence.start + sentence.text.length;
}

function absolute(source: string, base: string | null): string {
  if (!base) return source.slice(0, 2000);
  try {
    return new URL(source, base).href.slice(0, 2000);
  } catch {
    return source.slice(0, 2000);
  }
}
