import type { Transaction } from "../transaction";
import type { PublishableType } from "./publishable-type";

/*
 * The few row operations the lifecycle makes on any publishable record and its revisions. Entries,
 * articles and tours have the same lifecycle columns (id, slug, status, version, publishedAt) and
 * revision columns, so one narrow view of Prisma's model API serves them all; this file is the only place that
 * names a model by the descriptor's string.
 */

interface RecordRows {
  findUnique(args: { where: { id: string }; select: { status: true } }): Promise<{ status: string } | null>;
  findUnique(args: { where: { id: string }; select: { status: true; version: true } }): Promise<{ status: string; version: number } | null>;
  findUnique(args: { where: { slug: string }; select: { id: true } }): Promise<{ id: string } | null>;
  findFirst(args: { where: { slug: string; NOT: { id: string } }; select: { id: true } }): Promise<{ id: string } | null>;
  updateMany(args: { where: { id: string | { in: string[] }; version?: number }; data: { version: { increment: number } } }): Promise<{
    count: number;
  }>;
  updateManyAndReturn(args: {
    where: { id: { in: string[] }; status: { in: string[] } };
    data: { version: { increment: number }; status: string; publishedAt?: Date };
    select: { id: true };
  }): Promise<{ id: string }[]>;
  update(args: { where: { id: string }; data: { status: string; publishedAt?: Date } }): Promise<unknown>;
  delete(args: { where: { id: string } }): Promise<unknown>;
  count(args: { where: { status: string } }): Promise<number>;
  findMany(args: {
    where: { id: { in: string[] } };
    select: { id: true; slug: true; translations: { select: { locale: true; title: true } } };
  }): Promise<{ id: string; slug: string; translations: { locale: string; title: string }[] }[]>;
}

export interface RevisionRow {
  /** The record's id, under the descriptor's ownerColumn. */
  entryId?: string;
  articleId?: string;
  tourId?: string;
  version: number;
  action: string;
  snapshot: string;
  authorId: string | null;
  authorEmail: string | null;
  note: string | null;
  createdAt: Date;
}

interface RevisionRows {
  createMany(args: { data: Record<string, string | number | null>[] }): Promise<{ count: number }>;
  findFirst(args: { where: Record<string, string | number>; select: { snapshot: true } }): Promise<{ snapshot: string } | null>;
  findMany(args: {
    where: Record<string, string | { in: string[] }>;
    select: Partial<Record<keyof RevisionRow, true>>;
    orderBy: { version: "asc" | "desc" } | { createdAt: "desc" };
    take?: number;
  }): Promise<RevisionRow[]>;
}

type Client = Pick<Transaction, "entry" | "article" | "tour" | "revision" | "articleRevision" | "tourRevision">;

export function recordRows(tx: Client, type: Pick<PublishableType, "model">): RecordRows {
  return tx[type.model] as unknown as RecordRows;
}

export function revisionRows(tx: Client, type: Pick<PublishableType, "revisionModel">): RevisionRows {
  return tx[type.revisionModel] as unknown as RevisionRows;
}
