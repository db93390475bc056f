import type { WordToken } from "./word-keys";

/** Between two words of one name there is only space, a hyphen or a quotation mark. */
const JOINED = /^[\s\-–—"'«»“”„’]*$/u;

/** Whether the text between two tokens keeps them in one name (no comma, full stop, bracket or line break). */
export function joined(text: string, left: WordToken, right: WordToken): boolean {
  return JOINED.test(text.slice(left.end, right.start)) && !text.slice(left.end, right.start).includes("\n");
}

/**
 * Runs of capitalised words that may be a name ("Mamaev Kurgan", "Government of the Tver Region",
 * "Мамаев курган" with the lower-case words Russian names go on with), and each quoted phrase.
 * Function words join a run only between two capitalised words.
 */
export function nameRuns(text: string, tokens: readonly WordToken[]): WordToken[][] {
  const runs: WordToken[][] = [];
  let run: WordToken[] = [];
  let gap: WordToken[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
    gap = [];
  };
  for (const [i, token] of tokens.entries()) {
    const previous = tokens[i - 1];
    if (run.length > 0 && previous && !joined(text, previous, token)) close();
    if (token.capitalised && !token.stop) {
      run.push(...gap, token);
      gap = [];
    } else if (run.length > 0 && token.stop && gap.length < 2) {
      gap.push(token);
    } else if (run.length > 0 && /[\u0400-\u04ff]/.test(token.word) && gap.length === 0 && run.length < 4) {
      run.push(token);
    } else {
      close();
    }
  }
  close();
  for (const m of text.matchAll(/[«“"„]([^«»“”"„\n]{2,120})[»”"“]/gu)) {
    const from = m.index + 1;
    const to = from + m[1]!.length;
    const quoted = tokens.filter((token) => token.start >= from && token.end <= to);
    if (quoted.length > 0 && quoted.length <= 12) runs.push(quoted);
  }
  return runs;
}
