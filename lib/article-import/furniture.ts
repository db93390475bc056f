import type { PageBlock } from "./page-blocks";

/**
 * Page furniture: navigation, sharing and boilerplate lines that belong to the site, not to any news
 * item ("Go back", "Back to the all news", "Read more", "Поделиться"). Matched as whole lines.
 */
const FURNITURE = [
  /^(go )?back( to (the )?(all )?(news|list|articles|top|home)( list)?)?$/i,
  /^(to )?(all|more|latest|other|related) (news|articles|stories)$/i,
  /^(read|see|show) (more|all|the full story)$/i,
  /^(share|print|print version|subscribe|comments?|tags?|home|menu|search|next|previous|prev|top|up)( this)?:?$/i,
  /^(share|follow us) (on|in) \S+( \S+)?$/i,
  /^(назад|вернуться( назад)?|к списку новостей|вернуться к (списку )?новост(ям|ей)|все новости|читать (далее|полностью)|подробнее|поделиться|печать|версия для печати|главная|меню|поиск|теги:?|комментарии|далее|наверх)$/i,
  /^(home|главная)( [/>»|›] .+)+$/i,
  /^(photo|photos|image|source of photo|фото|фотографии|изображение)( credit)?\s*:.{0,80}$/i,
  // A menu: three or more short names without figures between separators ("Главная · Новости · Спорт").
  /^[^.!?\d·|•]{1,30}( [·|•] [^.!?\d·|•]{1,30}){2,}$/u,
];

/** Lines with no letters or digits at all (rules, bullets, "* * *"). */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/**
 * The blocks without the paragraphs the page repeats word for word: a ticker in its header and its
 * footer, a slogan under every item. They are the site's, not any item's.
 */
export function withoutRepeatedParagraphs(blocks: readonly PageBlock[]): PageBlock[] {
  const seen = new Map<string, number>();
  for (const block of blocks) if (block.kind === "paragraph") seen.set(block.text, (seen.get(block.text) ?? 0) + 1);
  return blocks.filter((block) => block.kind !== "paragraph" || seen.get(block.text) === 1);
}

export function isFurniture(line: string): boolean {
  const text = line
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!…]+$/, "");
  return NO_WORDS.test(text) || FURNITURE.some((pattern) => pattern.test(text));
}
