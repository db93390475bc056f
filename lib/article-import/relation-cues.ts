import type { RelationType } from "@/lib/content/relation-types";

/**
 * Words that say how two named things relate, in English and Russian. `list` cues relate the thing
 * before them to every name after them in the sentence ("on a par with A, B and C"); `next` cues to
 * the first name after them ("dedicated to A").
 */
export interface RelationCue {
  type: RelationType;
  scope: "list" | "next";
  pattern: RegExp;
}

const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";

export const RELATION_CUES: readonly RelationCue[] = [
  {
    type: "comparable_to",
    scope: "list",
    pattern: new RegExp(
      `${L}(?:on (?:a )?par with|comparable (?:to|with)|compared (?:to|with)|ranks? (?:alongside|with)|stands? alongside|in the same (?:row|rank|league|line) (?:as|with)|as (?:important|significant) as|в одном ряду с|наравне с|сравним\\p{L}* (?:с|со)|сравнива\\p{L}* (?:с|со)|сопоставим\\p{L}* (?:с|со)|сравним\\p{L}*|сопоставим\\p{L}*)${R}`,
      "giu",
    ),
  },
  // "a landmark like Mamayev Kurgan": case matters here (a name follows), so it has a pattern of its own.
  { type: "comparable_to", scope: "list", pattern: /(?<=\p{L}\s)like(?= (?:the )?\p{Lu})/gu },
  {
    type: "commemorates",
    scope: "next",
    pattern: new RegExp(
      `${L}(?:commemorat\\p{L}*|dedicated to|in memory of|in (?:the )?memory of|in hono(?:u)?r of|в память|в честь|посвящ\\p{L}*|увековечива\\p{L}*)${R}`,
      "giu",
    ),
  },
  { type: "branch_of", scope: "next", pattern: new RegExp(`${L}(?:branch of|филиал\\p{L}*)${R}`, "giu") },
  {
    type: "part_of",
    scope: "next",
    pattern: new RegExp(
      `${L}(?:(?:is |are |was |were |becomes? |became )?part of|belongs? to|в составе|входит в(?: состав)?|является частью|часть)${R}`,
      "giu",
    ),
  },
  {
    type: "located_at",
    scope: "next",
    pattern: new RegExp(
      `${L}(?:took place|takes place|take place|was held|were held|is held|are held|happened|occurred|is located|stands|gathered|assembled|rallied|met|came together|(?:laid|lay|placed) (?:wreaths|flowers))\\s+(?:at|in|on|near|under|by|beside)${R}|${L}(?:состоял\\p{L}*|прош(?:ло|ла|ёл|ел|ли)|проходил\\p{L}*|располож\\p{L}*|собрал\\p{L}*|возлож\\p{L}* (?:цветы|венки))\\s+(?:в|во|на|под|у|к|возле|около)${R}`,
      "giu",
    ),
  },
];

/** Words that deny the comparison after them; the text tested is the few characters before a cue. */
const DENIED = /(?<![\p{L}])(?:not|never|cannot|can't|не|нельзя)\s+(?:be\s+|быть\s+)?$/iu;

/**
 * Verbs that say an event happened, for sentences that name the place before them ("У памятника
 * «Алёша» прошла церемония", "At the memorial, veterans gathered").
 */
export const HAPPENED_VERB =
  /(?<![\p{L}])(?:прош(?:ло|ла|ёл|ел|ли)|состоял\p{L}*|проходил\p{L}*|собрал\p{L}*|took place|was held|were held|gathered|assembled)(?![\p{L}])/giu;

export interface CueMatch {
  cue: RelationCue;
  start: number;
  end: number;
}

/** The cues in a sentence, in order. */
export function findRelationCues(sentence: string): CueMatch[] {
  // Each pattern's matches come in order and never overlap one another, so whether a match overlaps
  // one of an earlier pattern is a binary search in that pattern's list: linear-logarithmic even in
  // a sentence made of nothing but cues.
  const byPattern = RELATION_CUES.map((cue) =>
    [...sentence.matchAll(cue.pattern)].map((m) => ({ cue, start: m.index, end: m.index + m[0].length })),
  );
  const kept: CueMatch[] = [];
  for (const [p, matches] of byPattern.entries()) {
    for (const match of matches) {
      // Where two cues overlap ("stands on a par with"), the one listed first in RELATION_CUES wins; a
      // denied comparison ("cannot be compared with", "нельзя сравнить с") compares nothing.
      if (overlapsEarlier(byPattern, p, match)) continue;
      if (match.cue.type === "comparable_to" && DENIED.test(sentence.slice(Math.max(0, match.start - 16), match.start))) continue;
      kept.push(match);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function overlapsEarlier(byPattern: readonly CueMatch[][], pattern: number, span: CueMatch): boolean {
  for (let earlier = 0; earlier < pattern; earlier++) if (overlapsAny(byPattern[earlier]!, span)) return true;
  return false;
}

/** Whether a span overlaps one of these (ordered, non-overlapping) matches. */
function overlapsAny(matches: readonly CueMatch[], span: CueMatch): boolean {
  let low = 0;
  let high = matches.length;
  // The first match that ends after the span starts is the only one that can overlap it first.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (matches[middle]!.end <= span.start) low = middle + 1;
    else high = middle;
  }
  return low < matches.length && matches[low]!.start < span.end;
}
