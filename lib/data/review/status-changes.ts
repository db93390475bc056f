import { db } from "@/lib/db";

export type ReviewableType = "entry" | "article";

/** One status change of an entry or article, read from its revision history. */
export interface StatusChange {
  type: ReviewableType;
  id: string;
  version: number;
  createdAt: Date;
  /** The status the item had after the change. */
  status: unknown;
  authorId: string | null;
  authorEmail: string | null;
}

const SELECT = { version: true, createdAt: true, snapshot: true, authorId: true, authorEmail: true } as const;

type Row = { version: number; createdAt: Date; snapshot: string; authorId: string | null; authorEmail: string | null };

function toChange(type: ReviewableType, id: string, { snapshot, ...row }: Row): StatusChange {
  return { type, id, ...row, status: (JSON.parse(snapshot) as { status?: unknown }).status };
}

/** A person's latest status changes on entries and articles together, newest first. */
export async function listOwnStatusChanges(authorId: string, take: number): Promise<StatusChange[]> {
  const where = { authorId, action: "status" };
  const [entries, articles] = await Promise.all([
    db.revision.findMany({ where, orderBy: { createdAt: "desc" }, take, select: { entryId: true, ...SELECT } }),
    db.articleRevision.findMany({ where, orderBy: { createdAt: "desc" }, take, select: { articleId: true, ...SELECT } }),
  ]);
  return [
    ...entries.map(({ entryId, ...row }) => toChange("entry", entryId, row)),
    ...articles.map(({ articleId, ...row }) => toChange("article", articleId, row)),
  ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Every status change, by anyone, of the given entries and articles, oldest first within each item. */
export async function listStatusChangesOf({ entryIds, articleIds }: { entryIds: string[]; articleIds: string[] }): Promise<StatusChange[]> {
  const [entries, articles] = await Promise.all([
    entryIds.length === 0
      ? []
      : db.revision.findMany({
          where: { entryId: { in: entryIds }, action: "status" },
          orderBy: { version: "asc" },
          select: { entryId: true, ...SELECT },
        }),
    articleIds.length === 0
      ? []
      : db.articleRevision.findMany({
          where: { articleId: { in: articleIds }, action: "status" },
          orderBy: { version: "asc" },
          select: { articleId: true, ...SELECT },
        }),
  ]);
  return [
    ...entries.map(({ entryId, ...row }) => toChange("entry", entryId, row)),
    ...articles.map(({ articleId, ...row }) => toChange("article", articleId, row)),
  ];
}
