import { db } from "@/lib/db";
import type { AnyPublishableType } from "./publishable-type";
import { revisionRows } from "./record-tables";

export interface SendBackReason {
  reason: string;
  /** Who sent it back, and when. */
  by: string | null;
  at: Date;
}

/** Why a draft was sent back to its author, when its latest status change did that with a reason; null otherwise. */
export async function getSendBackReason(type: AnyPublishableType, id: string): Promise<SendBackReason | null> {
  const [latest] = await revisionRows(db, type).findMany({
    where: { [type.ownerColumn]: id, action: "status" },
    select: { snapshot: true, note: true, authorEmail: true, createdAt: true },
    orderBy: { version: "desc" },
    take: 1,
  });
  if (!latest?.note || (JSON.parse(latest.snapshot) as { status?: unknown }).status !== "draft") return null;
  return { reason: latest.note, by: latest.authorEmail, at: latest.createdAt };
}
