import { describe, expect, it } from "vitest";
import { readHtmlPage } from "@/lib/article-import/html-page";
import { splitItems } from "@/lib/article-import/split-items";
import { readTextPage } from "@/lib/article-import/text-page";

describe("a pasted plain-text page", () => {
  const page = readTextPage(
    [
      "Source: Tver Region News",
      "",
      "A short headline item about a meeting of veterans.",
      "",
      "Restoration of the memorial is complete",
      "",
      "On May 5, 2023, restorers finished work on the memorial.",
      "Its bronze figure was cleaned.",
      "",
      "photo_1.jpg    photo-2.jpeg",
      "",
      "Go back",
      "Back to the all news",
      "Поделиться",
    ].join("\n"),
  );

  it("drops furniture, keeps image names apart and names the publisher the page names", () => {
    expect(page.publisher).toBe("Tver Region News");
    const text = JSON.stringify(page.blocks);
    expect(text).not.toMatch(/Go back|all news|Поделиться/);
  });

  it("splits into items at headings; a paragraph before the first heading stands alone", () => {
    expect(splitItems(page.blocks)).toEqual([
      { heading: null, paragraphs: ["A short headline item about a meeting of veterans."], images: [] },
      {
        heading: "Restoration of the memorial is complete",
        paragraphs: ["On May 5, 2023, restorers finished work on the memorial.", "Its bronze figure was cleaned."],
        images: ["photo_1.jpg", "photo-2.jpeg"],
      },
    ]);
  });

  it("keeps a page without headings as one item and joins hard-wrapped lines", () => {
    const items = splitItems(readTextPage("The ceremony took place\nat the memorial.\n\nWreaths were laid.").blocks);
    expect(items).toEqual([{ heading: null, paragraphs: ["The ceremony took place at the memorial.", "Wreaths were laid."], images: [] }]);
  });
});

describe("a pasted HTML page", () => {
  const page = readHtmlPage(`<!doctype html><html><head><title>News — Example</title>
    <meta property="og:site_name" content="Example Memorial News">
    <meta property="article:published_time" content="2023-02-02T10:00:00+03:00"></head>
    <body><header><nav><a href="/">Home</a> <a href="/news">All news</a></nav></header>
    <main><article><h1>Wreaths on Mamayev Kurgan</h1><p>On February 2 veterans laid wreaths &amp; flowers.</p>
    <img src="/img/wreaths.jpg" alt="Wreaths"><p>The ceremony lasted an hour.</p></article>
    <script>var tracking = "Back to the all news";</script></main>
    <footer>© 2023 Example Memorial News</footer></body></html>`);

  it("reads the title, publisher and publication date from the metadata", () => {
    expect(page).toMatchObject({ title: "News — Example", publisher: "Example Memorial News", publishedEdtf: "2023-02-02" });
  });

  it("keeps the article's heading, paragraphs and images, and none of the navigation, scripts or footer", () => {
    expect(splitItems(page.blocks)).toEqual([
      {
        heading: "Wreaths on Mamayev Kurgan",
        paragraphs: ["On February 2 veterans laid wreaths & flowers.", "The ceremony lasted an hour."],
        images: ["/img/wreaths.jpg"],
      },
    ]);
  });

  it("keeps an article's section headings inside it, and makes each heading of a list page an item", () => {
    const article = readHtmlPage("<h1>The memorial reopens</h1><p>Work is finished.</p><h2>What changed</h2><p>The alley was rebuilt.</p>");
    expect(splitItems(article.blocks)).toEqual([
      { heading: "The memorial reopens", paragraphs: ["Work is finished.", "What changed", "The alley was rebuilt."], images: [] },
    ]);
    const list = readHtmlPage("<h1>News</h1><h2>First item</h2><p>One.</p><h2>Second item</h2><p>Two.</p>");
    expect(splitItems(list.blocks).map((item) => item.heading)).toEqual(["First item", "Second item"]);
  });

  it("makes each <article> of a page an item, whatever its headings' levels", () => {
    const page = readHtmlPage(`<main><article><h1>Pupils walk the fortress route</h1><p>On Sunday a ceremony was held.</p>
      <h3>Flowers at the flame</h3><p>Wreaths were laid.</p></article>
      <article><h2>An exhibition opens in Rzhev</h2><p>It opened on March 5.</p>
      <article><p>A reader's comment.</p></article></article>
      <article><p>A short item without a heading.</p><p>Its second paragraph.</p></article></main>`);
    expect(splitItems(page.blocks)).toEqual([
      {
        heading: "Pupils walk the fortress route",
        paragraphs: ["On Sunday a ceremony was held.", "Flowers at the flame", "Wreaths were laid."],
        images: [],
      },
      { heading: "An exhibition opens in Rzhev", paragraphs: ["It opened on March 5.", "A reader's comment."], images: [] },
      { heading: null, paragraphs: ["A short item without a heading.", "Its second paragraph."], images: [] },
    ]);
  });

  it("drops photo credits", () => {
    expect(splitItems(readTextPage("Photo: TASS\n\nThe memorial opened on May 9, 2020.").blocks)).toEqual([
      { heading: null, paragraphs: ["The memorial opened on May 9, 2020."], images: [] },
    ]);
  });
});
