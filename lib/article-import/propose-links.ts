import type { NamedEntry } from "@/lib/data/article-import/named-entry";
import type { ArticleAnalysis } from "./analysis-schema";
import { PLACED_KINDS } from "./event-place";
import type { Mention } from "./find-mentions";
import { findRelationCues } from "./relation-cues";
import type { Sentence } from "./sentences";
import { stableKey } from "./stable-key";

type Link = ArticleAnalysis["items"][number]["links"][number];
type From = Link["from"];

export interface LinkContext {
  /** The item's sentences, positions in the item's text. */
  sentences: readonly Sentence[];
  /** Mentions of entries other than people and organisations. */
  mentions: readonly Mention[];
  /** What the item's event is: the proposed one, an entry that already is it, or none. */
  event: From | null;
  /** The sentence that states the event (its date), or -1. */
  eventSentence: number;
  /** The entry the item is about (a memorial named in its heading, else the one it names most). */
  subject: NamedEntry | null;
  /** The entry the event took place at, when the item's place is one. */
  eventPlace: Mention | null;
  /** The page's language: each target is shown by its title in it, where it has one. */
  language: "en" | "ru";
}

/**
 * The links an item suggests: a typed relation where a sentence says how two named things relate
 * (A "on a par with" B, C; A "dedicated to" B; an event "took place at" B; "part of", "branch of"),
 * and a plain mention for every other entry named. Each keeps the sentence that justifies it.
 */
export function proposeLinks(itemKey: string, context: LinkContext): Link[] {
  const links: Link[] = [];
  const add = (from: From, to: Mention, relationType: Link["relationType"], sentence: string) => {
    const fromKey = "entrySlug" in from ? from.entrySlug : "event";
    if (fromKey === to.entry.slug) return;
    if (links.some((link) => sameFrom(link.from, from) && link.to.entrySlug === to.entry.slug && link.relationType === relationType))
      return;
    links.push({
      key: stableKey(itemKey, fromKey, to.entry.slug, relationType),
      from,
      to: {
        entrySlug: to.entry.slug,
        title: to.entry.titles[context.language] ?? to.entry.titles.en ?? to.entry.titles.ru ?? to.entry.slug,
      },
      relationType,
      sentence: sentence.slice(0, 2000),
      matched: to.matched.slice(0, 200),
    });
  };

  for (const [index, sentence] of context.sentences.entries()) {
    const end = sentence.start + sentence.text.length;
    const inSentence = context.mentions.filter((m) => m.start >= sentence.start && m.end <= end);
    const cues = findRelationCues(sentence.text)
      .map((cue) => ({ ...cue, start: cue.start + sentence.start, end: cue.end + sentence.start }))
      .filter((cue) => !inSentence.some((m) => cue.start < m.end && cue.end > m.start));
    for (const [c, cue] of cues.entries()) {
      const limit = cues[c + 1]?.start ?? end;
      const after = inSentence.filter((m) => m.start >= cue.end && m.start < limit);
      const targets = cue.cue.scope === "list" ? after : after.slice(0, 1);
      const before = inSentence.filter((m) => m.end <= cue.start).at(-1) ?? null;
      for (const target of targets) {
        const from = relationFrom(cue.cue.type, before, target, index, context);
        if (from) add(from, target, cue.cue.type, sentence.text);
      }
    }
  }
  if (context.event && context.eventPlace) {
    const place = context.eventPlace;
    const sentence = context.sentences.find((s) => place.start >= s.start && place.end <= s.start + s.text.length)?.text ?? place.matched;
    add(context.event, context.eventPlace, "located_at", sentence);
  }
  for (const mention of context.mentions) {
    if (links.some((link) => link.to.entrySlug === mention.entry.slug)) continue;
    const sentence = context.sentences.find((s) => mention.start >= s.start && mention.start < s.start + s.text.length);
    const from = context.event ?? (context.subject ? { entrySlug: context.subject.slug } : { entrySlug: mention.entry.slug });
    add(from, mention, "mentions", sentence?.text ?? mention.matched);
  }
  return links;
}

/** Who a cue relates to its target, or null when the sentence does not say (the target is then a plain mention). */
function relationFrom(
  type: Link["relationType"],
  before: Mention | null,
  target: Mention,
  sentence: number,
  context: LinkContext,
): From | null {
  const subject = before?.entry ?? context.subject;
  switch (type) {
    case "located_at":
      // Only the sentence that states the item's event says where that event took place, and only a
      // memorial or a place is somewhere (not "held … to mark the end of the Battle of Berlin").
      return sentence === context.eventSentence && PLACED_KINDS.has(target.entry.kind) ? context.event : null;
    case "comparable_to":
      // Only like is compared with like: a memorial with memorials, an event with events.
      return subject && subject.kind === target.entry.kind ? { entrySlug: subject.slug } : null;
    case "commemorates":
      return subject && subject.kind === "memorial" && target.entry.kind !== "memorial" ? { entrySlug: subject.slug } : null;
    default:
      return subject ? { entrySlug: subject.slug } : null;
  }
}

function sameFrom(a: From, b: From): boolean {
  return "entrySlug" in a && "entrySlug" in b ? a.entrySlug === b.entrySlug : !("entrySlug" in a) && !("entrySlug" in b);
}
