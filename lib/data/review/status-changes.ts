import { db } from "@/lib/db";
import type { AnyPublishableType } from "../publishing/publishable-type";
import { PUBLISHABLE_TYPES, type PublishableName } from "../publishing/publishable-types";
import { type RevisionRow, revisionRows } from "../publishing/record-tables";

export type ReviewableType = PublishableName;

/** One status change of a publishable record, read from its revision history. */
export interface StatusChange {
  type: ReviewableType;
  id: string;
  version: number;
  createdAt: Date;
  /** The status the item had after the change. */
  status: unknown;
  authorId: string | null;
  authorEmail: string | null;
  /** The reason given with it, if any (a curator's for sending it back). */
  note: string | null;
}

const SELECT = { version: true, createdAt: true, snapshot: true, authorId: true, authorEmail: true, note: true } as const;
/** The registered kinds, each with its name narrowed to one the review pages know. */
type ReviewableKind = AnyPublishableType & { name: ReviewableType };
const KINDS = Object.values(PUBLISHABLE_TYPES) as ReviewableKind[];

function toChange(type: ReviewableKind, { snapshot, version, createdAt, authorId, authorEmail, note, ...row }: RevisionRow): StatusChange {
  const status = (JSON.parse(snapshot) as { status?: unknown }).status;
  return { type: type.name, id: row[type.ownerColumn]!, version, createdAt, status, authorId, authorEmail, note: note ?? null };
}

/** A person's latest status changes on entries and articles together, newest first. */
export async function listOwnStatusChanges(authorId: string, take: number): Promise<StatusChange[]> {
  const lists = await Promise.all(
    KINDS.map(async (type) =>
      (
        await revisionRows(db, type).findMany({
          where: { authorId, action: "status" },
          orderBy: { createdAt: "desc" },
          take,
          select: { [type.ownerColumn]: true, ...SELECT },
        })
      ).map((row) => toChange(type, row)),
    ),
  );
  return lists.flat().sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Every status change, by anyone, of the given entries and articles, oldest first within each item. */
export async function listStatusChangesOf(ids: Record<ReviewableType, string[]>): Promise<StatusChange[]> {
  const lists = await Promise.all(
    KINDS.map(async (type) =>
      ids[type.name].length === 0
        ? []
        : (
            await revisionRows(db, type).findMany({
              where: { [type.ownerColumn]: { in: ids[type.name] }, action: "status" },
              orderBy: { version: "asc" },
              select: { [type.ownerColumn]: true, ...SELECT },
            })
          ).map((row) => toChange(type, row)),
    ),
  );
  return lists.flat();
}
