import type { NamedEntry } from "@/lib/data/article-import/named-entry";
import type { EntryLookup } from "./entry-lookup";
import { joined, nameRuns } from "./name-runs";
import { sameNameWord, type WordToken, wordStem, wordTokens } from "./word-keys";

/** An entry of the collection that a text names, and the words that named it. */
export interface Mention {
  entry: NamedEntry;
  start: number;
  end: number;
  matched: string;
}

/**
 * The collection's entries a text names, by title or alias in either language, whatever the script
 * or the Russian case ("Mamaev Kurgan", "Mamayev Kurgan", "Мамаева кургана"). Candidates come from
 * the full-text index, queried with the stems of the text's capitalised and quoted words (alone, in
 * twos and in threes); each candidate is kept only where one of its names, word for word, stands in
 * the text. Where names overlap the longer wins ("Rzhev Memorial to the Soviet Soldier" over
 * "Rzhev Memorial").
 */
export async function findMentions(text: string, lookup: EntryLookup): Promise<Mention[]> {
  const tokens = wordTokens(text);
  const candidates = await lookup(candidateQueries(text, tokens));
  const content = tokens.filter((token) => !token.stop);
  const starts = positionsByHead(content);
  const found: Mention[] = [];
  for (const entry of candidates) {
    for (const name of entryNames(entry)) {
      for (const [from, to] of occurrences(text, content, starts.get(head(name[0]!)) ?? [], name, HEADED_KINDS.has(entry.kind))) {
        found.push({
          entry,
          start: content[from]!.start,
          end: content[to]!.end,
          matched: text.slice(content[from]!.start, content[to]!.end),
        });
      }
    }
  }
  return withoutOverlaps(found);
}

function candidateQueries(text: string, tokens: WordToken[]): string[] {
  const queries = new Set<string>();
  for (const run of nameRuns(text, tokens)) {
    const stems = run.filter((token) => !token.stop).map((token) => wordStem(token.word));
    for (let size = 1; size <= 3; size++) {
      for (let i = 0; i + size <= stems.length; i++) {
        const words = stems.slice(i, i + size);
        if (size === 1 && words[0]!.length < 3) continue;
        queries.add(words.join(" "));
      }
    }
  }
  return [...queries];
}

/** An entry's names, and the quoted names inside them ('"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan'). */
function entryNames(entry: NamedEntry): string[][] {
  const names = new Set<string>();
  for (const name of entry.names) {
    names.add(name);
    for (const m of name.matchAll(/[«“"„]([^«»“”"„]{3,})[»”"“]/gu)) names.add(m[1]!);
  }
  return [...names]
    .map((name) =>
      wordTokens(name)
        .filter((token) => !token.stop)
        .map((token) => token.key),
    )
    .filter((keys) => keys.length > 0 && keys.join("").length >= 4);
}

/** Two keys that sameNameWord can match begin alike: a name's first word is looked up by its first letters. */
const head = (key: string) => key.slice(0, 4);

function positionsByHead(content: readonly WordToken[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const [i, token] of content.entries()) {
    const key = head(token.key);
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  }
  return positions;
}

/** A name this long (in content words) is also recognised by its first MIN_PREFIX_WORDS words or more. */
const MIN_PREFIX_NAME = 4;
const MIN_PREFIX_WORDS = 3;
/** Kinds of entry whose names a generic word may stand before ("Museum Alexander Shkolnik" is no name). */
const HEADED_KINDS = new Set(["memorial", "place"]);
/** Words that say what kind of thing a name names; one may stand before a name without being part of it. */
const GENERIC_HEAD = /^(?:memorial|monument|museum|statue|мемориал\p{L}*|памятник\p{L}*|монумент\p{L}*|музе\p{L}*)$/iu;

/**
 * Where a name's words stand in the text's content words (from the given first positions on), one
 * after another, with a capital among them. A long name is also found by its first words when the
 * text does not go on with another name word ("Мемориал Защитникам Советского Заполярья стоит …"
 * for "«Защитникам Советского Заполярья в годы Великой Отечественной войны»", "the Soviet War
 * Memorial in Treptower Park to mark …"), and a generic word right before a memorial's name ("Мемориал «…»", not "Memorial
 * and the …") is taken in with it.
 */
function occurrences(text: string, content: WordToken[], firsts: readonly number[], name: string[], headed: boolean): [number, number][] {
  const found: [number, number][] = [];
  for (const i of firsts) {
    let matched = 0;
    let capital = false;
    while (matched < name.length && i + matched < content.length) {
      const token = content[i + matched]!;
      const same = name.length === 1 ? token.key === name[0] : sameNameWord(token.key, name[matched]!);
      if (!same || (matched > 0 && !joinedAcross(text, content[i + matched - 1]!, token))) break;
      capital ||= token.capitalised;
      matched++;
    }
    const whole = matched === name.length;
    const prefix = !whole && name.length >= MIN_PREFIX_NAME && matched >= MIN_PREFIX_WORDS && !goesOnAsName(text, content, i + matched);
    if (!capital || !(whole || prefix)) continue;
    const head = content[i - 1];
    const withHead = headed && head && GENERIC_HEAD.test(head.word) && joined(text, head, content[i]!) ? i - 1 : i;
    found.push([withHead, i + matched - 1]);
  }
  return found;
}

/** Whether the content word at `next` carries on the name before it (a capitalised word joined to it). */
function goesOnAsName(text: string, content: WordToken[], next: number): boolean {
  const token = content[next];
  return !!token && token.capitalised && joinedAcross(text, content[next - 1]!, token);
}

/** Content words stay in one name across function words ("Battle of Stalingrad"), not across punctuation. */
function joinedAcross(text: string, left: WordToken, right: WordToken): boolean {
  const between = text.slice(left.end, right.start);
  return joined(text, left, right) || (between.length < 16 && /^[\s\p{L}\-–"'«»“”]*$/u.test(between) && !between.includes("\n"));
}

function withoutOverlaps(found: Mention[]): Mention[] {
  // Longer names first; of two entries with the same name, a memorial or place (which can place the item) first.
  const placed = (m: Mention) => (m.entry.kind === "memorial" || m.entry.kind === "place" ? 0 : 1);
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || placed(a) - placed(b));
  const kept: Mention[] = [];
  for (const mention of byLength) {
    if (kept.some((other) => mention.start < other.end && mention.end > other.start)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
