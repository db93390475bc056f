import type { ArticleAnalysis } from "./analysis-schema";
import type { Mention } from "./find-mentions";
import { joined, nameRuns } from "./name-runs";
import type { Sentence } from "./sentences";
import { stableKey } from "./stable-key";
import { type WordToken, wordTokens } from "./word-keys";

type Agent = ArticleAnalysis["items"][number]["agents"][number];

/** Words that head an organisation's name ("Ministry of Culture", "Russian Military Historical Society"). */
const ORGANISATION_WORDS =
  /^(ministry|government|committee|council|society|organi[sz]ation|union|agency|foundation|fund|association|party|administration|department|institute|university|academy|service|office|assembly|parliament|duma|commission|corporation|company|bank|army|navy|fleet|министерств\p{L}*|правительств\p{L}*|администраци\p{L}*|комитет\p{L}*|совет|совета|общество|общества|союз\p{L}*|фонд\p{L}*|организаци\p{L}*|агентств\p{L}*|университет\p{L}*|институт\p{L}*|академи\p{L}*|ассоциаци\p{L}*|парти\p{L}*|дум\p{L}*|армии|армия)$/iu;
/** Words that say what office a person holds; the person's name follows. */
const ROLE_WORDS =
  /^(minister|secretary|governor|director|president|chairman|chairwoman|chair|head|mayor|deputy|ambassador|spokesman|spokeswoman|spokesperson|general|commander|chief|sculptor|architect|author|veteran|министр\p{L}*|секретар\p{L}*|губернатор\p{L}*|директор\p{L}*|президент\p{L}*|председател\p{L}*|глав\p{L}*|мэр\p{L}*|посол|посла|заместител\p{L}*|генерал\p{L}*|командующ\p{L}*|скульптор\p{L}*|архитектор\p{L}*|автор\p{L}*|ветеран\p{L}*)$/iu;
/** Words that end a place's or a country's name, never a person's. */
const NOT_PERSON =
  /^(region|oblast|federation|republic|state|district|city|area|kurgan|memorial|museum|области|федерации|республики|края|района|государства)$/iu;
/** Verbs that follow a speaker's name. */
const SAID = /^(said|says|told|stated|noted|reported|заявил\p{L}*|сообщил\p{L}*|отметил\p{L}*|сказал\p{L}*|рассказал\p{L}*)$/iu;
const ACRONYM = /^[\p{Lu}]{2,6}$/u;
/** Capitals that are countries, wars or numerals, not organisations. */
const NOT_ORGANISATION = new Set([
  "WWI",
  "WWII",
  "USSR",
  "USA",
  "UK",
  "UAE",
  "СССР",
  "США",
  "ВОВ",
  "РФ",
  "II",
  "III",
  "IV",
  "VI",
  "VII",
  "VIII",
  "IX",
  "XI",
  "XII",
  "XX",
  "XXI",
]);
const RUSSIAN_ORGANISATION =
  /(?<![\p{L}])((?:Министерств|Правительств|Администраци|Комитет|Фонд|Союз)\p{L}*(?:\s+(?:[\p{Lu}][\p{L}-]*|[\p{Ll}-]+(?:ы|и|а|я|ого|ей|ой|их|ых)))(?:\s+(?:[\p{Lu}][\p{L}-]*|[\p{Ll}-]+(?:ы|и|а|я|ого|ей|ой|их|ых))){0,4})|(?<![\p{L}])([\p{Lu}][\p{L}-]+(?:ое|ий|ая|ой|ый)\s+(?:[\p{L}-]+(?:ое|ий|ая|ой|ый|ые)\s+){0,2}(?:общество|союз|комитет|совет|фонд|музей|университет|институт|агентство))(?![\p{L}])/gu;

/**
 * The people and organisations an item names: entries of kind person or organisation where the text
 * names one, and otherwise proposals: a name after the office its holder holds ("Governor Igor
 * Rudenya", "губернатор Игорь Руденя") or before "said", organisation names ("Ministry of Culture of
 * the Russian Federation", "Правительство Тверской области", "Russian Military Historical Society")
 * and acronyms ("CSTO", "ОДКБ"). Nothing is proposed from the item's dateline (`dateline`): its town
 * is often in capitals ("БРЕСТ, 22 июня …") and would read as an acronym.
 */
export function findAgents(
  text: string,
  sentences: readonly Sentence[],
  entryMentions: readonly Mention[],
  otherMentions: readonly Mention[],
  dateline: { start: number; end: number } | null = null,
): Agent[] {
  const agents: Agent[] = [];
  const sentenceAt = (position: number) =>
    (sentences.find((s) => position >= s.start && position < s.start + s.text.length)?.text ?? "").slice(0, 2000);
  const add = (name: string, kind: Agent["kind"], entrySlug: string | null, position: number) => {
    const clean = name
      .replace(/^(the|The)\s+/, "")
      .replace(/\s+/g, " ")
      .trim();
    if (
      clean.length < 2 ||
      agents.some((agent) => agent.name.toLowerCase() === clean.toLowerCase() || (entrySlug && agent.entrySlug === entrySlug))
    )
      return;
    agents.push({
      key: stableKey(kind, entrySlug ?? clean.toLowerCase()),
      name: clean.slice(0, 300),
      kind,
      entrySlug,
      sentence: sentenceAt(position),
    });
  };
  const taken = [...entryMentions, ...otherMentions, ...(dateline ? [dateline] : [])];
  const free = (start: number, end: number) => !taken.some((m) => start < m.end && end > m.start);

  for (const mention of entryMentions)
    add(mention.matched, mention.entry.kind === "person" ? "person" : "organisation", mention.entry.slug, mention.start);

  const tokens = wordTokens(text);
  for (const person of personNames(text, tokens))
    if (free(person.start, person.end)) add(text.slice(person.start, person.end), "person", null, person.start);
  for (const run of nameRuns(text, tokens)) {
    const content = run.filter((token) => !token.stop);
    if (content.some((token) => ROLE_WORDS.test(token.word)) || !content.some((token) => ORGANISATION_WORDS.test(token.word))) continue;
    // Russian names run on in lower case and are read by RUSSIAN_ORGANISATION instead.
    if (content.some((token) => !token.capitalised)) continue;
    const start = content[0]!.start;
    const end = content.at(-1)!.end;
    if (free(start, end)) add(text.slice(start, end), "organisation", null, start);
  }
  for (const m of text.matchAll(RUSSIAN_ORGANISATION)) {
    const name = (m[1] ?? m[2])!;
    if (free(m.index, m.index + name.length)) add(name, "organisation", null, m.index);
  }
  for (const token of tokens) {
    if (ACRONYM.test(token.word) && token.word.length >= 3 && !NOT_ORGANISATION.has(token.word) && free(token.start, token.end))
      add(token.word, "organisation", null, token.start);
  }
  return agents.slice(0, 200);
}

/** Two or three capitalised words after an office ("Secretary General Imangali Tasmagambetov") or before "said". */
function personNames(text: string, tokens: WordToken[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const nameWord = (token: WordToken | undefined) =>
    !!token &&
    token.capitalised &&
    !token.stop &&
    !ROLE_WORDS.test(token.word) &&
    !ORGANISATION_WORDS.test(token.word) &&
    !NOT_PERSON.test(token.word) &&
    !ACRONYM.test(token.word);
  for (const [i, token] of tokens.entries()) {
    if (ROLE_WORDS.test(token.word)) {
      // The name is the last two or three of the capitalised words that follow within a few words.
      for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) {
        if (!joined(text, tokens[j - 1]!, tokens[j]!) && !/^,?\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
        if (!nameWord(tokens[j])) continue;
        let k = j;
        while (nameWord(tokens[k + 1]) && joined(text, tokens[k]!, tokens[k + 1]!)) k++;
        if (k === j) continue;
        const size = k - j + 1 >= 3 && /(ович|евич|овна|евна|ична|ьич)$/i.test(tokens[k - 1]!.word) ? 3 : 2;
        found.push({ start: tokens[Math.max(j, k - size + 1)]!.start, end: tokens[k]!.end });
        break;
      }
    }
    if (
      SAID.test(token.word) &&
      i >= 2 &&
      nameWord(tokens[i - 1]) &&
      nameWord(tokens[i - 2]) &&
      joined(text, tokens[i - 2]!, tokens[i - 1]!)
    ) {
      found.push({ start: tokens[i - 2]!.start, end: tokens[i - 1]!.end });
    }
  }
  return found;
}
