import { describe, expect, it } from "vitest";
import { articleBodyToHtml, sanitizeArticleHtml } from "@/lib/html/sanitize-article-html";

describe("sanitizeArticleHtml", () => {
  it("removes <script> elements with their content", () => {
    expect(sanitizeArticleHtml("<p>Hi<script>alert(1)</script></p>")).toBe("<p>Hi</p>");
    expect(sanitizeArticleHtml("<SCRIPT src=https://evil.example/x.js></SCRIPT><p>ok</p>")).toBe("<p>ok</p>");
  });

  it("removes event handlers such as onerror= and onclick=", () => {
    const html = sanitizeArticleHtml('<img src=x onerror="alert(1)"><p onclick="steal()">ok</p>');
    expect(html).toBe("<p>ok</p>");
    expect(html).not.toMatch(/onerror|onclick|<img/i);
  });

  it("removes javascript: links, however they are spelled, and keeps https links", () => {
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">bad</a>')).toBe('<a rel="noopener noreferrer nofollow">bad</a>');
    const html = sanitizeArticleHtml(
      '<a href="JaVaScRiPt:alert(1)">a</a><a href=" javascript:alert(1)">b</a><a href="https://example.org/x">c</a>',
    );
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain('href="https://example.org/x"');
  });

  it("drops attributes other than href and title, such as target and style", () => {
    const html = sanitizeArticleHtml('<a href="https://example.org/" target="_blank" style="color:red" title="T">x</a>');
    expect(html).not.toMatch(/target|style/);
    expect(html).toContain('title="T"');
  });

  it('marks links rel="noopener noreferrer nofollow"', () => {
    expect(sanitizeArticleHtml('<a href="https://example.org/">x</a>')).toBe(
      '<a href="https://example.org/" rel="noopener noreferrer nofollow">x</a>',
    );
  });

  it("removes foreign embeds and styles but keeps allowed structure", () => {
    expect(sanitizeArticleHtml('<iframe src="https://evil.example"></iframe><h2>T</h2><style>p{}</style><blockquote>Q</blockquote>')).toBe(
      "<h2>T</h2><blockquote>Q</blockquote>",
    );
  });
});

describe("articleBodyToHtml", () => {
  it("turns plain text paragraphs (separated by blank lines) into <p>", () => {
    expect(articleBodyToHtml("First paragraph.\n\nSecond paragraph,\nsame paragraph.\n\n\n  Third.  ")).toBe(
      "<p>First paragraph.</p><p>Second paragraph,\nsame paragraph.</p><p>Third.</p>",
    );
  });

  it("escapes characters in plain text instead of reading them as markup", () => {
    expect(articleBodyToHtml('Tom & Jerry < 3, "quoted"')).toBe('<p>Tom &amp; Jerry &lt; 3, "quoted"</p>');
  });

  it("gives an empty body for empty text", () => {
    expect(articleBodyToHtml("")).toBe("");
    expect(articleBodyToHtml("\n\n  \n")).toBe("");
  });

  it("sanitizes HTML input instead of wrapping it", () => {
    expect(articleBodyToHtml('<p>One</p><script>alert(1)</script><p onmouseover="x()">Two</p>')).toBe("<p>One</p><p>Two</p>");
  });
});
