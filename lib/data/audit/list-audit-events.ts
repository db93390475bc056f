import { db } from "@/lib/db";

export async function listAuditEvents({ limit }: { limit: number }) {
  return db.auditEvent.findMany({
    select: { id: true, at: true, actorEmail: true, action: true, targetType: true, targetId: true, detail: true },
    orderBy: { at: "desc" },
    take: limit,
  });
}
