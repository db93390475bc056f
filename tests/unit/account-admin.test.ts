import { describe, expect, it } from "vitest";
import { cookiesOf, postToAuth, servedAsInProduction } from "./auth-requests";
import { setupTestDatabase } from "./test-database";

servedAsInProduction();
setupTestDatabase();

const { db } = await import("@/lib/db");
const { createUser } = await import("@/lib/data/users/create-user");
const { updateAccount } = await import("@/lib/data/users/update-account");
const { revokeAccountSessions } = await import("@/lib/data/users/revoke-account-sessions");
const { listUsers } = await import("@/lib/data/users/list-users");
const { staffUserFor } = await import("@/lib/auth/current-user");
const { isAppError } = await import("@/lib/errors/app-error");
const { accountChangeSchema } = await import("@/lib/validation/user");

const PASSWORD = "a-long-enough-password";
let made = 0;

/** A new account with the given role: its id and email, as an actor. */
async function account(role: string): Promise<{ id: string; email: string }> {
  made += 1;
  const email = `account-admin-${made}@example.org`;
  const { id } = await createUser({ email, name: `Account ${made}`, role: role as "editor", password: PASSWORD }, null);
  return { id, email };
}

const signIn = (email: string) => postToAuth("/sign-in/email", { body: { email, password: PASSWORD } });

async function signedIn(email: string): Promise<string> {
  const response = await signIn(email);
  expect(response.status).toBe(200);
  return cookiesOf(response);
}

const auditOf = (targetId: string) =>
  db.auditEvent.findMany({ where: { targetId, action: { startsWith: "user.", not: "user.create" } }, orderBy: { at: "asc" } });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number; reason?: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, status: error.status, reason: (error as { reason?: string }).reason };
}

describe("an admin manages accounts", { timeout: 60_000 }, () => {
  it("disables an editor: the open session is refused at once, sign-in is refused with a clear reason, and it is audited", async () => {
    const admin = await account("admin");
    const editor = await account("editor");
    const cookie = await signedIn(editor.email);
    expect(await staffUserFor(new Headers({ Cookie: cookie }))).toMatchObject({ email: editor.email });

    const row = await updateAccount({ actor: admin, id: editor.id, change: { disabled: true } });
    expect(row).toMatchObject({ disabled: true, sessions: 0 });
    expect(await staffUserFor(new Headers({ Cookie: cookie }))).toBeNull();
    expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);

    const refused = await signIn(editor.email);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "ACCOUNT_DISABLED", message: expect.stringMatching(/disabled/) });
    expect(refused.headers.getSetCookie().some((line) => line.includes("session_token="))).toBe(false);
    expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);

    // A wrong password says nothing about the account being disabled.
    const guessed = await postToAuth("/sign-in/email", { body: { email: editor.email, password: "not-the-password-at-all" } });
    expect(guessed.status).toBe(401);

    const [line] = await auditOf(editor.id);
    expect(line).toMatchObject({ action: "user.disable", actorId: admin.id, actorEmail: admin.email, targetType: "user" });
    expect(JSON.parse(line?.detail ?? "{}")).toEqual({
      email: editor.email,
      before: { disabled: false },
      after: { disabled: true },
      sessionsEnded: 1,
    });
  });

  it("enables it again: the editor signs in, and that is audited too", async () => {
    const admin = await account("admin");
    const editor = await account("editor");
    await updateAccount({ actor: admin, id: editor.id, change: { disabled: true } });
    expect(await updateAccount({ actor: admin, id: editor.id, change: { disabled: false } })).toMatchObject({ disabled: false });
    expect((await signIn(editor.email)).status).toBe(200);
    expect((await auditOf(editor.id)).map((event) => event.action)).toEqual(["user.disable", "user.enable"]);
  });

  it("changes a role, which takes effect on the open session's next request, audited with before and after", async () => {
    const admin = await account("admin");
    const editor = await account("editor");
    const cookie = await signedIn(editor.email);
    await updateAccount({ actor: admin, id: editor.id, change: { role: "curator" } });
    expect(await staffUserFor(new Headers({ Cookie: cookie }))).toMatchObject({ role: "curator" });
    const [line] = await auditOf(editor.id);
    expect(line?.action).toBe("user.role-change");
    expect(JSON.parse(line?.detail ?? "{}")).toMatchObject({ before: { role: "editor" }, after: { role: "curator" } });
  });

  it("writes nothing when nothing changes", async () => {
    const admin = await account("admin");
    const editor = await account("editor");
    await updateAccount({ actor: admin, id: editor.id, change: { role: "editor", disabled: false } });
    expect(await auditOf(editor.id)).toEqual([]);
  });

  it("revokes every session of an account, audited with how many ended", async () => {
    const admin = await account("admin");
    const editor = await account("editor");
    const first = await signedIn(editor.email);
    await signedIn(editor.email);
    expect((await listUsers({ page: { page: 1, size: 500 } })).items.find((row) => row.id === editor.id)?.sessions).toBe(2);
    expect(await revokeAccountSessions({ actor: admin, id: editor.id })).toEqual({ email: editor.email, ended: 2 });
    expect(await staffUserFor(new Headers({ Cookie: first }))).toBeNull();
    const [line] = await auditOf(editor.id);
    expect(line).toMatchObject({ action: "user.sessions-revoke", actorId: admin.id });
    expect(JSON.parse(line?.detail ?? "{}")).toMatchObject({ sessionsEnded: 2 });
    // Revoking is not disabling: the editor may sign in again.
    expect((await signIn(editor.email)).status).toBe(200);
  });
});

describe("what an admin may not do", { timeout: 60_000 }, () => {
  it("disable or demote themselves: refused, nothing changes, nothing is audited", async () => {
    const admin = await account("admin");
    await account("admin");
    for (const change of [{ disabled: true }, { role: "curator" as const }]) {
      expect(await refusal(updateAccount({ actor: admin, id: admin.id, change }))).toEqual({
        code: "INVALID_INPUT",
        status: 422,
        reason: "self",
      });
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", disabledAt: null });
    expect(await auditOf(admin.id)).toEqual([]);
  });

  it("leave no enabled admin: the last one cannot be disabled or demoted by anyone", async () => {
    // Every other admin this file made is disabled first, so `last` is the only enabled admin.
    const last = await account("admin");
    const other = await account("admin");
    await db.user.updateMany({ where: { role: "admin", id: { not: last.id } }, data: { disabledAt: new Date() } });
    for (const change of [{ disabled: true }, { role: "editor" as const }]) {
      expect(await refusal(updateAccount({ actor: other, id: last.id, change }))).toEqual({
        code: "CONFLICT",
        status: 409,
        reason: "lastAdmin",
      });
    }
    expect(await auditOf(last.id)).toEqual([]);
    // With a second enabled admin, it can.
    await updateAccount({ actor: last, id: other.id, change: { disabled: false } });
    await updateAccount({ actor: other, id: last.id, change: { role: "curator" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({ role: "curator" });
  });

  it("change an account that does not exist: 404", async () => {
    const admin = await account("admin");
    expect(await refusal(updateAccount({ actor: admin, id: "no-such-account", change: { disabled: true } }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(revokeAccountSessions({ actor: admin, id: "no-such-account" }))).toMatchObject({ status: 404 });
  });

  it("send a change with nothing in it, an unknown field or an unknown role", () => {
    expect(accountChangeSchema.safeParse({}).success).toBe(false);
    expect(accountChangeSchema.safeParse({ disabled: true, email: "x@example.org" }).success).toBe(false);
    expect(accountChangeSchema.safeParse({ role: "owner" }).success).toBe(false);
    expect(accountChangeSchema.safeParse({ disabled: "yes" }).success).toBe(false);
  });
});
