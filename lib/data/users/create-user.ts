import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type NewUser, newUserSchema } from "@/lib/validation/user";

/** Creates a staff account with a password credential; `actor` is who did it (null for the command line). */
export async function createUser(input: NewUser, actor: { id: string; email: string } | null): Promise<{ id: string }> {
  const user = newUserSchema.parse(input);
  if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) {
    throw new AppError("CONFLICT", { key: "accountExists", params: { email: user.email } }, { field: "email" });
  }
  const context = await auth.$context;
  const hash = await context.password.hash(user.password);
  const created = await context.internalAdapter.createUser(
    { email: user.email, name: user.name, role: user.role, emailVerified: true },
    { method: "admin" },
  );
  await context.internalAdapter.linkAccount({ userId: created.id, providerId: "credential", accountId: created.id, password: hash });
  await recordAuditEvent({
    actor,
    action: "user.create",
    targetType: "user",
    targetId: created.id,
    detail: { email: user.email, role: user.role },
  });
  return { id: created.id };
}
