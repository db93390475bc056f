import type { Mention } from "./find-mentions";
import { findRelationCues, HAPPENED_VERB } from "./relation-cues";
import { inSentence, type Sentence } from "./sentences";

/** Kinds of entry an event can take place at. */
export const PLACED_KINDS = new Set(["memorial", "place"]);
/**
 * A place phrase ends just before a name: a preposition, then at most two words ("у стен", "у
 * подножия монумента", "at the"). Tested on the few characters before a mention only.
 */
const BEFORE_PLACE = /(?<![\p{L}])(?:у|на|в|во|возле|около|под|близ|at|on|near|beside|by)\s+(?:[\p{L}-]+\s+){0,2}["«“„]?$/iu;
const CLAUSE_BREAK = /[,;:]/;
/** A relative pronoun right before a cue. */
const RELATIVE = /(?<![\p{L}])(?:that|which|where|где|котор\p{L}*)\s+$/iu;
/** A clause is looked for this far back from its verb, and a sentence's first few cues are read: the work stays linear on any text. */
const MAX_CLAUSE_CHARS = 300;
const MAX_CUES = 5;

/**
 * The entry a sentence says its event happened at: the name after "took place at", "gathered on",
 * "прошла у", else the first name in a place phrase before "прошла", "собрались", "took place" in
 * the same clause ("У памятника «Алёша» прошла церемония", "9 мая у Мемориала Славы в Алматы прошла
 * акция"). Null when the sentence does not say.
 */
export function whereItHappened(sentence: Sentence, mentions: readonly Mention[]): Mention | null {
  const placed = mentions.filter((m) => inSentence(m, sentence) && PLACED_KINDS.has(m.entry.kind));
  const cues = findRelationCues(sentence.text).filter((cue) => cue.cue.type === "located_at");
  // "battles that took place under Rzhev" says where something else happened.
  for (const cue of cues.filter((cue) => !RELATIVE.test(sentence.text.slice(Math.max(0, cue.start - 12), cue.start))).slice(0, MAX_CUES)) {
    const target = placed.find((m) => m.start >= sentence.start + cue.end);
    const between = target ? target.start - sentence.start - cue.end : Number.POSITIVE_INFINITY;
    if (target && between <= MAX_CLAUSE_CHARS && !CLAUSE_BREAK.test(sentence.text.slice(cue.end, cue.end + between))) return target;
  }
  let verbs = 0;
  for (const verb of sentence.text.matchAll(HAPPENED_VERB)) {
    if (++verbs > MAX_CUES) break;
    const clause = lastClauseStart(sentence.text, verb.index);
    const before = placed.find((m) => {
      const from = m.start - sentence.start;
      return from >= clause && m.end - sentence.start <= verb.index && BEFORE_PLACE.test(sentence.text.slice(Math.max(0, from - 30), from));
    });
    if (before) return before;
  }
  return null;
}

function lastClauseStart(text: string, before: number): number {
  const from = Math.max(0, before - MAX_CLAUSE_CHARS);
  for (let i = before - 1; i >= from; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return from;
}
