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
      `${L}(?:on (?:a )?par with|comparable (?:to|with)|in the same (?:row|rank|league|line) (?:as|with)|as (?:important|significant) as|в одном ряду с|наравне с|сравним\\p{L}* (?:с|со)|сопоставим\\p{L}* (?:с|со)|сравним\\p{L}*|сопоставим\\p{L}*)${R}`,
      "giu",
    ),
  },
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
      `${L}(?:took place|takes place|take place|was held|were held|is held|are held|happened|occurred|is located|stands)\\s+(?:at|in|on|near|under)${R}|${L}(?:состоял\\p{L}*|прош(?:ло|ла|ёл|ел|ли)|проходил\\p{L}*|располож\\p{L}*)\\s+(?:в|во|на|под|у)${R}`,
      "giu",
    ),
  },
];

export interface CueMatch {
  cue: RelationCue;
  start: number;
  end: number;
}

/** The cues in a sentence, in order. */
export function findRelationCues(sentence: string): CueMatch[] {
  const found: CueMatch[] = [];
  for (const cue of RELATION_CUES) {
    for (const m of sentence.matchAll(cue.pattern)) found.push({ cue, start: m.index, end: m.index + m[0].length });
  }
  // Where two cues overlap ("stands on a par with"), the one listed first in RELATION_CUES wins.
  const kept = found.filter((match, i) => !found.some((other, j) => j < i && other.start < match.end && other.end > match.start));
  return kept.sort((a, b) => a.start - b.start);
}
