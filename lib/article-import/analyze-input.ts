import { z } from "zod";

/**
 * The longest page the analysis reads, in characters: a long news article's text, or its page's HTML.
 * Kept this low because the analysis's time grows faster than a page's length on some pages (runs of
 * dates or names, deeply nested lists), and one request must not hold the server for seconds; the
 * trust harness (scripts/trust/fuzz/hostile-pages.ts) sends pages of exactly these lengths.
 */
export const MAX_TEXT_CHARS = 100_000;
export const MAX_HTML_CHARS = 200_000;

/** What the analysis API takes: the page's text or its HTML (one of them), optionally its address and language. */
export const analyzeArticleInputSchema = z
  .object({
    text: z.string().min(1).max(MAX_TEXT_CHARS).optional(),
    html: z.string().min(1).max(MAX_HTML_CHARS).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    language: z.enum(["en", "ru"]).optional(),
  })
  .strict()
  .refine((input) => (input.text === undefined) !== (input.html === undefined), {
    message: "Send the page as either text or html, not both and not neither.",
    path: ["text"],
  });

export type AnalyzeArticleInput = z.infer<typeof analyzeArticleInputSchema>;
