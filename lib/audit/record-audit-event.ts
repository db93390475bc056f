import { db } from "@/lib/db";

export interface AuditInput {
  actor: { id: string; email: string } | null;
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
}

/** Appends one line to the audit log. */
export async function recordAuditEvent(input: AuditInput): Promise<void> {
  await db.auditEvent.create({
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
