import { Parser } from "htmlparser2";

/** Elements that end a line of text where a description written as HTML has them. */
const LINE_ENDS = new Set(["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"]);
/** Markup or an entity: what tells a description written as HTML from plain text. */
const HTML_SIGN = /<\/?[a-z][^>]*>|&(#\d+|#x[\da-f]+|[a-z]+);/i;

/**
 * A description as text. Google My Maps and Google Earth write theirs as HTML inside CDATA (`<br>`,
 * `<img>`, links, `&amp;`), which an entry's page would show as markup: its text is kept with its line
 * breaks, a link's address after its text, and images and other markup are dropped. Plain text is
 * returned as it is.
 */
export function descriptionText(value: string): string {
  if (!HTML_SIGN.test(value)) return value;
  let text = "";
  let link: { href: string; from: number } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (LINE_ENDS.has(name)) text += "\n";
        else if (name === "a" && attributes.href) link = { href: attributes.href, from: text.length };
      },
      ontext(chunk) {
        text += chunk.replace(/\s+/g, " ");
      },
      onclosetag(name) {
        if (LINE_ENDS.has(name) && name !== "br") text += "\n";
        if (name === "a" && link) {
          if (text.slice(link.from).trim() !== link.href) text += ` (${link.href})`;
          link = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(value);
  parser.end();
  return text
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
