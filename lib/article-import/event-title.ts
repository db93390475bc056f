/** What a lead sentence says happened, for an item without a heading: the subject of "… was held", or what "состоялось …" introduces. */
const ENGLISH_PASSIVE =
  /^(.{8,}?)\s+(?:was|were|has been|have been|is being|will be)\s+(?:held|opened|unveiled|inaugurated|organi[sz]ed|launched|signed|installed|laid|dedicated|celebrated)(?![\p{L}])/iu;
const ENGLISH_ACTIVE = /^(.{8,}?)\s+(?:took place|takes place|has begun|began|begins|opened|started|ended)(?![\p{L}])/iu;
const RUSSIAN_VERB_FIRST =
  /^(?:состоял\p{L}*|прош(?:ло|ла|ёл|ел|ли)|открыл\p{L}*|началс\p{L}*|начал\p{L}*|завершил\p{L}*|стартовал\p{L}*)\s+(.{3,})$/iu;
const RUSSIAN_VERB_AFTER =
  /^(.{8,}?)\s+(?:состоял\p{L}*|прош(?:ло|ла|ёл|ел|ли)|открыл\p{L}*|началс\p{L}*|завершил\p{L}*|был[аио]?\s+открыт\p{L}*)(?![\p{L}])/iu;
/** A Russian sentence that names the place first and what happened after the verb: "У памятника «Алёша» прошла церемония …", "В школах прошли уроки памяти". */
const RUSSIAN_PLACE_FIRST =
  /^(?:у|на|в|во|возле|около|под|близ)\s[^,.;:]{1,120}?\s(?:состоял\p{L}*|прош(?:ло|ла|ёл|ел|ли)|проходил\p{L}*|открыл\p{L}*|началс\p{L}*|стартовал\p{L}*)\s+(.{3,})$/iu;
const MAX_TITLE = 160;
/** The longest lead read for a title: a title is cut to MAX_TITLE anyway, and the patterns stay cheap. */
const MAX_LEAD = 1000;

/**
 * A proposed event's title: the item's heading where it has one, else its lead sentence without the
 * words that date and place it, cut down to what happened where the sentence has a familiar shape.
 */
export function eventTitle(heading: string | null, lead: string, words: { date: string; place: string }): string {
  if (heading) return heading.slice(0, 500);
  const undated = tidy(without(lead.slice(0, MAX_LEAD), words.date));
  const placeFirst = RUSSIAN_PLACE_FIRST.exec(undated)?.[1];
  const text = placeFirst ?? tidy(without(undated, words.place));
  const subject =
    placeFirst ??
    ENGLISH_PASSIVE.exec(text)?.[1] ??
    ENGLISH_ACTIVE.exec(text)?.[1] ??
    RUSSIAN_VERB_FIRST.exec(text)?.[1] ??
    RUSSIAN_VERB_AFTER.exec(text)?.[1] ??
    text;
  const clean = subject
    .replace(/^(?:in|at|в|на)\s+[^,]+,\s*/i, "")
    .replace(/[\s,.;:]+$/, "")
    .trim();
  const short = clean.length <= MAX_TITLE ? clean : `${clean.slice(0, clean.lastIndexOf(" ", MAX_TITLE))}…`;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** Nouns a place's name qualifies in English ("the Alyosha memorial"): they go with the name. */
const PLACE_NOUN = "(?:\\s+(?:memorial|monument|complex|cemetery|museum|park|statue|square|hill))?";

/** The text without the given words, the preposition and article before them and the noun they qualify ("on Mamaev Kurgan", "at the Khatyn memorial"). */
function without(text: string, words: string): string {
  if (!words) return text;
  return text.replace(
    new RegExp(`(?:(?<![\\p{L}])(?:in|at|on|near|в|во|на|под|у)\\s+(?:the\\s+)?)?${escapeRegExp(words)}${PLACE_NOUN}(?![\\p{L}])`, "iu"),
    " ",
  );
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:–—-]+/, "")
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/^,\s*/, "")
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
