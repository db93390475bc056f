import { db } from "@/lib/db";

/** The people, actions and kinds of target the log holds, to filter by. */
export async function listAuditFacets(): Promise<{ actors: string[]; actions: string[]; targetTypes: string[] }> {
  const [actors, actions, targetTypes] = await Promise.all([
    db.auditEvent.findMany({
      where: { actorEmail: { not: null } },
      distinct: ["actorEmail"],
      select: { actorEmail: true },
      orderBy: { actorEmail: "asc" },
    }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditEvent.findMany({
      where: { targetType: { not: null } },
      distinct: ["targetType"],
      select: { targetType: true },
      orderBy: { targetType: "asc" },
    }),
  ]);
  return {
    actors: actors.map((a) => a.actorEmail!),
    actions: actions.map((a) => a.action),
    targetTypes: targetTypes.map((t) => t.targetType!),
  };
}
