import type { NamedEntry } from "@/lib/data/article-import/named-entry";
import { type DatePhrase, findDatePhrases } from "@/lib/dates/date-phrases";
import type { ArticleAnalysis } from "./analysis-schema";
import { type Dateline, readDateline } from "./dateline";
import type { EntryLookup } from "./entry-lookup";
import { eventTitle } from "./event-title";
import { findExistingEvent } from "./existing-event";
import { findAgents } from "./find-agents";
import { findMentions, type Mention } from "./find-mentions";
import { findItemPlace } from "./item-place";
import { proposeLinks } from "./propose-links";
import { relativeDayPhrase } from "./relative-days";
import { resolveYears } from "./resolve-years";
import { inSentence, type Sentence, splitSentences } from "./sentences";
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
/** A first paragraph this short, before the one with the dateline, is a byline or a time stamp. */
const MAX_BYLINE_CHARS = 80;

/** One item's proposals: its date and place, the event it reports, links to the entries it names, and the people and organisations in it. */
export async function analyzeItem(item: PageItem, context: ItemContext): Promise<Item> {
  const body = item.paragraphs.join("\n\n");
  const text = item.heading ? `${item.heading}\n\n${body}` : body;
  const paragraphStart = item.heading ? item.heading.length + 2 : 0;
  const leadEnd = paragraphStart + item.paragraphs[0]!.length;
  // A byline or a time stamp may come before the dateline ("By D. Sabirova · 12 November 2026", "14 ноября 2026, 10:42").
  const dateline =
    readDateline(text, paragraphStart) ??
    (item.paragraphs.length > 1 && item.paragraphs[0]!.length <= MAX_BYLINE_CHARS ? readDateline(text, leadEnd + 2) : null);
  const sentences = afterDateline(sentencesOf(text), dateline);
  const first = Math.max(
    0,
    sentences.findIndex((s) => s.start >= paragraphStart),
  );
  const images = item.images.map((source) => absolute(source, context.url)).slice(0, 100);

  const dates = resolveYears(findDatePhrases(text), {
    publishedEdtf: context.publishedEdtf,
    references: [...item.images, context.url ?? ""],
  });
  const datelineDate = (dateline && dates.find((d) => d.index === dateline.dateIndex)) || null;
  const date = itemDate(dates, leadEnd, sentences[first], datelineDate, context.publishedEdtf);
  const dated = date ? sentences.findIndex((s) => date.index >= s.start && date.index < s.start + s.text.length) : -1;
  const eventSentence = date ? (dated >= 0 ? dated : first) : -1;
  const lead = sentences[eventSentence] ?? sentences[first] ?? sentences[0]!;

  const mentions = await findMentions(text, context.lookup);
  const agentMentions = mentions.filter((m) => AGENT_KINDS.has(m.entry.kind));
  const others = mentions.filter((m) => !AGENT_KINDS.has(m.entry.kind));
  const { place, eventPlace } = await findItemPlace({
    text,
    sentences,
    lead,
    leadEnd,
    dateline,
    mentions: others,
    language: context.language,
  });
  const datePart = date ? { edtf: date.edtf!, precision: date.precision, text: date.text.slice(0, 200) } : null;

  const key = stableKey(text);
  const existingSlug = date ? await findExistingEvent(date.edtf!, date.precision, place, mentions) : null;
  const event: Item["event"] = datePart
    ? {
        title: {
          en: null,
          ru: null,
          [context.language]: eventTitle(item.heading, lead.text, {
            date: date?.text ?? "",
            place: place?.text ?? "",
          }),
        },
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
      subject: subjectOf(others, item.heading ? item.heading.length : 0) ?? eventPlace?.entry ?? null,
      eventPlace,
      language: context.language,
    }).slice(0, 500),
    agents: findAgents(text, sentences, agentMentions, others, dateline ? { start: paragraphStart, end: dateline.end } : null),
  };
}

/**
 * The item's date: the first day or month its own first sentence names, else the day that sentence
 * names relative to ("on Wednesday", "вчера") the dateline's or page's date, else the dateline's date, else the
 * first day or month its heading or first paragraph names, else a year its first sentence names.
 */
function itemDate(
  dates: DatePhrase[],
  leadEnd: number,
  first: Sentence | undefined,
  dateline: DatePhrase | null,
  publishedEdtf: string | null,
): DatePhrase | null {
  const lead = dates.filter((d) => d.index < leadEnd && d.edtf && d !== dateline);
  const inFirst = (d: DatePhrase) => !!first && inSentence({ start: d.index, end: d.index + d.text.length }, first);
  const reference = dateline?.edtf ?? publishedEdtf;
  return (
    lead.find((d) => d.precision !== "year" && inFirst(d)) ??
    (first && reference ? relativeDayPhrase(first, reference) : null) ??
    dateline ??
    lead.find((d) => d.precision !== "year") ??
    lead.find(inFirst) ??
    null
  );
}

/** The item's sentences without its dateline: the sentence it opens keeps only the words after it. */
function afterDateline(sentences: Sentence[], dateline: Dateline | null): Sentence[] {
  if (!dateline) return sentences;
  return sentences.flatMap((s) => {
    const end = s.start + s.text.length;
    if (end <= dateline.end) return [];
    if (s.start >= dateline.end) return [s];
    return [{ text: s.text.slice(dateline.end - s.start), start: dateline.end }];
  });
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

function absolute(source: string, base: string | null): string {
  if (!base) return source.slice(0, 2000);
  try {
    return new URL(source, base).href.slice(0, 2000);
  } catch {
    return source.slice(0, 2000);
  }
}
