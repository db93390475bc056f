/** What a lead sentence says happened, for an item without a heading: the subject of "… was held", or what "состоялось …" introduces. */
const ENGLISH_PASSIVE =
  /^(.{8,}?)\s+(?:was|were|has been|have been|is being|will be)\s+(?:held|opened|unveiled|inaugurated|organi[sz]ed|launched|signed|installed|laid|dedicated|celebrated)(?![\p{L}])/iu;
const ENGLISH_ACTIVE = /^(.{8,}?)\s+(?:took place|takes place|has begun|began|begins|opened|started|ended)(?![\p{L}])/iu;
const RUSSIAN_VERB_FIRST =
  /^(?:состоял\p{L}*|прош(?:ло|ла|ёл|ел|ли)|открыл\p{L}*|началс\p{L}*|начал\p{L}*|завершил\p{L}*|стартовал\p{L}*)\s+(.{8,})$/iu;
const RUSSIAN_VERB_AFTER =
  /^(.{8,}?)\s+(?:состоял\p{L}*|прош(?:ло|ла|ёл|ел|ли)|открыл\p{L}*|началс\p{L}*|завершил\p{L}*|был[аио]?\s+открыт\p{L}*)(?![\p{L}])/iu;
const MAX_TITLE = 160;

/**
 * A proposed event's title: the item's heading where it has one, else its lead sentence without the
 * words that date and place it, cut down to what happened where the sentence has a familiar shape.
 */
export function eventTitle(heading: string | null, lead: string, remove: readonly string[]): string {
  if (heading) return heading.slice(0, 500);
  let text = lead;
  for (const words of remove) {
    if (words) text = text.replace(new RegExp(`(?:(?<![\\p{L}])(?:in|at|on|near|в|во|на|под)\\s+)?${escapeRegExp(words)}`, "iu"), " ");
  }
  text = text
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:–—-]+/, "")
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/^,\s*/, "")
    .trim();
  const subject =
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
