"use server";

import { authorizedAction } from "@/lib/auth/authorized";
import { articleBodyToHtml } from "@/lib/html/sanitize-article-html";
import { articleTextEditSchema } from "@/lib/validation/article-edit";

const bodySchema = articleTextEditSchema.shape.body;

/** The body as it would be stored: the same sanitizer as a save, nothing written; nothing for someone who may not edit. */
export const previewArticleBodyAction = authorizedAction(
  "entries.edit",
  async (_user, body: string): Promise<string> => {
    const parsed = bodySchema.safeParse(body);
    return parsed.success ? articleBodyToHtml(parsed.data) : "";
  },
  () => "",
);
