import { type Database, db } from "@/lib/db";

export interface AuditInput {
  actor: { id: string; email: string } | null;
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
}

/** Appends one line to the audit log; inside a transaction when it must stand or fall with the change it records. */
export async function recordAuditEvent(input: AuditInput, client: Pick<Database, "auditEvent"> = db): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      detail: JSON.stringify(input.detail ?? {}),
    },
  });
}
