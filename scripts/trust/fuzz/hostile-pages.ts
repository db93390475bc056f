import fc from "fast-check";
import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from "@/lib/article-import/analyze-input";
import { nastyString, plausible } from "./hostile-values";

/** `unit` repeated to `chars` characters, between `before` and `after`. */
const fill = (unit: string, chars: number, before = "", after = "") =>
  `${before}${unit.repeat(Math.max(1, Math.floor((chars - before.length - after.length) / unit.length)))}${after}`;

/**
 * Pages built to make the article analysis work without end, each about `chars` long: one character
 * repeated, runs of what its patterns look for (dates, names, headings, links, sentences, image file
 * names), unclosed markup, and deep nesting.
 */
export function pathologicalTexts(chars: number): string[] {
  return [
    "a",
    " ",
    "1942-",
    "(",
    "In 1941, ",
    "Mr. ",
    "A. B. C. ",
    "Ivan Petrovich Sidorov ",
    "1 January 1942 – 31 December 1943, ",
    "Москва, Ленинград и Сталинград. ",
    "on a par with the memorial in ",
    "word ",
    "\n",
    ".",
    "https://example.org/",
    "1941–1942–1943–1944–1945 ",
    "photo_1942.jpg ",
  ].map((unit) => fill(unit, chars));
}

export function pathologicalHtml(chars: number): string[] {
  return [
    fill("<div>", chars),
    fill("<h2>Heading</h2>", chars),
    fill("<h2>", chars),
    fill("<a href='", chars),
    fill("<!--", chars),
    fill('<img src="x.jpg" alt="">', chars),
    fill("&amp;", chars, "<p>", "</p>"),
    fill("&#x1F600;", chars, "<p>", "</p>"),
    fill("<p>In 1941, the memorial at Rzhev</p>", chars),
    fill("x", chars, "<script>", "</script>"),
    fill("<tr><td>1942</td><td>Moscow</td></tr>", chars, "<table>", "</table>"),
    fill("<ul><li>", chars, "<html><body>", "</body></html>"),
    fill('"', chars, '<p title="', '">x</p>'),
    fill("<p>", chars),
  ];
}

let made: { text: string[]; html: string[] } | undefined;
/** Made once per run: megabytes of text, sent again and again. */
function pathological() {
  made ??= { text: pathologicalTexts(MAX_TEXT_CHARS), html: pathologicalHtml(MAX_HTML_CHARS) };
  return made;
}

/** A plausible short page (so the analysis runs all its steps) or a hostile one. */
export const pageText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom("In 1942 the Rzhev memorial was compared with the Mamayev Kurgan in Volgograd.", "Ничего не произошло."),
  },
  { weight: 2, arbitrary: plausible.text },
  { weight: 1, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.nat().map((i) => pathological().text[i % pathological().text.length]!) },
);

export const pageHtml: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("<h1>News</h1><h2>Rzhev, 1942</h2><p>The memorial stands near Rzhev.</p>", "<p>x</p>") },
  { weight: 2, arbitrary: plausible.text.map((text) => `<h2>${text}</h2><p>${text}</p>`) },
  { weight: 1, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.nat().map((i) => pathological().html[i % pathological().html.length]!) },
);
