/** One line of an import's `sources` cell: the web address, and the title the row gives it, if any. */
export interface SourceLine {
  url: string;
  /** Null when the line is a bare address: the new source is then titled by it (the staff list's filter finds those). */
  title: string | null;
}

const MARKDOWN_LINK = /^\[(.+)\]\((https?:\/\/\S+)\)$/;
/** The line's last web address, with what comes before it. */
const TITLED = /^(.*?)[\s|:;,–—<(-]*\(?<?(https?:\/\/\S+?)>?\)?$/;

/**
 * Reads "https://…", "Title https://…", "Title | https://…", "Title — https://…", "Title <https://…>"
 * or "[Title](https://…)": a curator's spreadsheet names its sources in any of these ways. A line with
 * no address at all is kept whole as the address, for the editor's schema to refuse with its line.
 */
export function readSourceLine(line: string): SourceLine {
  const text = line.trim();
  const markdown = MARKDOWN_LINK.exec(text);
  if (markdown) return { url: markdown[2]!, title: markdown[1]!.trim() || null };
  const titled = TITLED.exec(text);
  if (!titled) return { url: text, title: null };
  const title = titled[1]!.trim();
  return { url: titled[2]!, title: title && title !== titled[2] ? title : null };
}
