import { z } from "zod";

export const sourceInputSchema = z.object({
  key: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1, "A source needs a title").max(500),
  url: z.url({ protocol: /^https?$/ }).nullable().default(null),
  publisher: z.string().trim().max(300).nullable().default(null),
  accessedOn: z.iso.date().nullable().default(null),
  note: z.string().trim().max(2000).default(""),
});

export type SourceInput = z.input<typeof sourceInputSchema>;
