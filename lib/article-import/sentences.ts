/** A sentence of a text, and where it begins in that text. */
export interface Sentence {
  text: string;
  start: number;
}

// Words a full stop follows without ending the sentence: titles, "St." in place names, "г." after a
// year, single initials ("A. V. Vasilyev").
const ABBREVIATION =
  /(?:^|[\s(«"“])(?:st|mr|mrs|ms|dr|gen|col|lt|capt|prof|no|vs|etc|approx|jr|sr|г|гг|им|ул|пр|т|д|н|э|им|см|тыс|млн|ок|\p{Lu})\.$/iu;
const END = /[.!?…]+["'»”)]*(?=\s+["'«“(]?[\p{Lu}\d])|[.!?…]+["'»”)]*$/gu;

/** Whether a span of the text lies within the sentence. */
export function inSentence(span: { start: number; end: number }, sentence: Sentence): boolean {
  return span.start >= sentence.start && span.end <= sentence.start + sentence.text.length;
}

/** The text's sentences, split at a closing mark followed by a capital, abbreviations and initials kept whole. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(start, m.index - 12), m.index + 1))) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + lead });
}
