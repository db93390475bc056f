import sanitizeHtml from "sanitize-html";

/** Article text is stored only after this: no scripts, no event handlers, no foreign embeds. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      "p",
      "br",
      "h2",
      "h3",
      "h4",
      "blockquote",
      "ul",
      "ol",
      "li",
      "strong",
      "em",
      "b",
      "i",
      "a",
      "figure",
      "figcaption",
      "q",
      "cite",
    ],
    allowedAttributes: { a: ["href", "title", "rel"] },
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }) },
  });
}

const HTML_TAG = /<\/?[a-z][\s\S]*?>/i;

/** Plain text (paragraphs separated by blank lines) becomes paragraphs; HTML is sanitized as it is. */
export function articleBodyToHtml(body: string): string {
  if (HTML_TAG.test(body)) return sanitizeArticleHtml(body);
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${sanitizeHtml(p, { allowedTags: [], allowedAttributes: {} })}</p>`);
  return sanitizeArticleHtml(paragraphs.join(""));
}
