import { isAPIError } from "better-auth/api";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { HookContext } from "./hook-context";

/**
 * After /update-user (the only field staff may change there is their name): audited with the name
 * before and after. `before` is the user as the session held them when the request began.
 */
export async function recordNameChange(ctx: HookContext, before: { id: string; email: string; name: string }): Promise<void> {
  const name = (ctx.body as { name?: unknown } | undefined)?.name;
  if (typeof name !== "string" || name === before.name || isAPIError(ctx.context.returned)) return;
  await recordAuditEvent({
    actor: before,
    action: "user.name-change",
    targetType: "user",
    targetId: before.id,
    detail: { from: before.name, to: name },
  });
}
