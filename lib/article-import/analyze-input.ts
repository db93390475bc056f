import { z } from "zod";

/** The largest page the analysis reads, in characters: a long news page with its markup, well below the JSON body cap. */
export const MAX_PAGE_CHARS = 1_000_000;

/** What the analysis API takes: the page's text or its HTML (one of them), optionally its address and language. */
export const analyzeArticleInputSchema = z
  .object({
    text: z.string().min(1).max(MAX_PAGE_CHARS).optional(),
    html: z.string().min(1).max(MAX_PAGE_CHARS).optional(),
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
