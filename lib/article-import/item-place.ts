import type { ContentLocale } from "@/lib/content/locales";
import { distanceKm } from "@/lib/geo/distance";
import type { ArticleAnalysis } from "./analysis-schema";
import type { Dateline } from "./dateline";
import { whereItHappened } from "./event-place";
import type { Mention } from "./find-mentions";
import { findDatelinePlace, findGazetteerPlace, placeOfMention } from "./find-place";
import { inSentence, type Sentence } from "./sentences";

type Place = NonNullable<ArticleAnalysis["items"][number]["place"]>;

/** Sentences after the one that states the event read for where it happened. */
const MAX_PLACE_SENTENCES = 4;
/** Within this distance of the dateline's town, an entry the lead names can be where the item happened. */
const NEAR_DATELINE_KM = 100;

export interface ItemPlaceInput {
  text: string;
  /** The item's sentences, its dateline left out. */
  sentences: readonly Sentence[];
  /** The sentence that states the item's event. */
  lead: Sentence;
  /** Where the item's first paragraph ends in its text. */
  leadEnd: number;
  dateline: Dateline | null;
  /** The entries the item names, people and organisations left out. */
  mentions: readonly Mention[];
  language: ContentLocale;
}

/**
 * Where an item's event happened: the entry its lead says it happened at ("gathered on Mamaev
 * Kurgan", "У памятника «Алёша» прошла"), else an entry with a point the lead names near the
 * dateline's town, else the entry the rest of its first paragraph says it happened at, else the
 * dateline's town, else the first place the lead (then its first paragraph) names after a
 * preposition. `place` has coordinates; `eventPlace` is the entry the event took place at, which
 * may have none.
 */
export async function findItemPlace(input: ItemPlaceInput): Promise<{ place: Place | null; eventPlace: Mention | null }> {
  const { text, sentences, lead, leadEnd, dateline, mentions, language } = input;
  const datelinePlace = dateline ? await findDatelinePlace(dateline.place, language) : null;
  const happenedInLead = whereItHappened(lead, mentions);
  const namedInLead =
    mentions.find((m) => {
      const place = inSentence(m, lead) ? placeOfMention(m, language) : null;
      return place !== null && near(place, datelinePlace);
    }) ?? null;
  const happenedNext =
    happenedInLead || namedInLead
      ? null
      : sentences
          .filter((s) => s.start > lead.start && s.start < leadEnd)
          .slice(0, MAX_PLACE_SENTENCES)
          .reduce<Mention | null>((found, s) => found ?? whereItHappened(s, mentions), null);
  const from = dateline?.end ?? 0;
  const place =
    (happenedInLead && placeOfMention(happenedInLead, language)) ??
    (namedInLead && placeOfMention(namedInLead, language)) ??
    (happenedNext && placeOfMention(happenedNext, language)) ??
    datelinePlace ??
    (await findGazetteerPlace(withoutNames(lead.text, lead.start, mentions), language)) ??
    (await findGazetteerPlace(withoutNames(text.slice(from, leadEnd), from, mentions), language));
  return { place, eventPlace: happenedInLead ?? namedInLead ?? happenedNext };
}

/**
 * The text with the entries it names blanked out (a place entry excepted), for the gazetteer: "held
 * at the Monument to the Soldier and the Sailor" names a memorial, not the town of Monument.
 */
function withoutNames(text: string, offset: number, mentions: readonly Mention[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of mentions) {
    const from = Math.max(at, m.start - offset);
    const to = Math.min(text.length, m.end - offset);
    if (m.entry.kind === "place" || to <= from) continue;
    parts.push(text.slice(at, from), " ".repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

function near(place: { lat: number; lon: number }, dateline: { lat: number; lon: number } | null): boolean {
  return (
    !dateline ||
    distanceKm({ latitude: place.lat, longitude: place.lon }, { latitude: dateline.lat, longitude: dateline.lon }) <= NEAR_DATELINE_KM
  );
}
