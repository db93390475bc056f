import { type ArticleSnapshot, parseStoredArticleSnapshot, readArticleSnapshot } from "@/lib/revisions/article-snapshot";
import type { ArticleEdit } from "@/lib/validation/article-edit";
import type { PublishableType } from "../publishing/publishable-type";
import { articleSnapshotToEdit } from "./snapshot-to-edit";
import { writeArticleFields } from "./write-article-fields";

const NO_PARTNERS: ReadonlySet<string> = new Set();

/** Articles in the shared publishing lifecycle (lib/data/publishing/). */
export const ARTICLE: PublishableType<ArticleSnapshot, ArticleEdit> = {
  name: "article",
  path: "articles",
  model: "article",
  revisionModel: "articleRevision",
  ownerColumn: "articleId",
  gone: "articleGone",
  conflict: "Someone else saved this article while you were editing it.",
  readSnapshot: readArticleSnapshot,
  parseStored: parseStoredArticleSnapshot,
  forDiff: (snapshot) => snapshot,
  writeFields: async (tx, id, edit) => {
    await writeArticleFields(tx, id, edit);
    return NO_PARTNERS;
  },
  storedToEdit: articleSnapshotToEdit,
  slugOf: (edit) => edit.slug,
};
