import { beforeAll, describe, expect, it } from "vitest";
import { cookiesOf, postToAuth, servedAsInProduction } from "./auth-requests";
import { setupTestDatabase } from "./test-database";

servedAsInProduction();
setupTestDatabase();

const { auth } = await import("@/lib/auth/auth");
const { db } = await import("@/lib/db");
const { createUser } = await import("@/lib/data/users/create-user");
const { retryAfterOf } = await import("@/lib/auth/too-many-attempts");

const PASSWORD = "the-first-long-password";
const FREE_CHECKS = 5;

let accounts = 0;
/** A new account, signed in: its id, email and session cookie. Each request comes from a new address, so only per-account limits apply. */
async function signedInAccount(): Promise<{ id: string; email: string; cookie: string }> {
  accounts += 1;
  const email = `changes-${accounts}@example.org`;
  const { id } = await createUser({ email, name: `Changer ${accounts}`, role: "editor", password: PASSWORD }, null);
  const response = await postToAuth("/sign-in/email", { body: { email, password: PASSWORD } });
  expect(response.status).toBe(200);
  return { id, email, cookie: cookiesOf(response) };
}

const changePassword = (cookie: string, currentPassword: string, newPassword = "the-second-long-password") =>
  postToAuth("/change-password", { body: { currentPassword, newPassword, revokeOtherSessions: true }, cookie });

const auditOf = (targetId: string, action: string) => db.auditEvent.findMany({ where: { targetId, action } });

beforeAll(async () => {
  await db.rateLimit.deleteMany();
});

describe("the current-password check when changing a password", { timeout: 60_000 }, () => {
  it("gets five tries per account from any address, then refuses even the right password until the wait is over", async () => {
    const { cookie } = await signedInAccount();
    for (let n = 0; n < FREE_CHECKS; n++) expect((await changePassword(cookie, `wrong-guess-${n}`)).status).toBe(400);
    const refused = await changePassword(cookie, PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("X-Retry-After"))).toBeGreaterThan(50);
    expect(Number(refused.headers.get("X-Retry-After"))).toBeLessThanOrEqual(60);
  });

  it("is limited the same when a server action calls it, which can tell the wait from a wrong password", async () => {
    const { cookie } = await signedInAccount();
    const call = (currentPassword: string) =>
      auth.api.changePassword({
        body: { currentPassword, newPassword: "the-second-long-password" },
        headers: new Headers({ Cookie: cookie }),
      });
    for (let n = 0; n < FREE_CHECKS; n++) {
      const error = await call(`wrong-guess-${n}`).catch((caught: unknown) => caught);
      expect(retryAfterOf(error)).toBeNull();
    }
    expect(retryAfterOf(await call(PASSWORD).catch((caught: unknown) => caught))).toBeGreaterThan(50);
  });

  it("starts counting again after a change, which the audit log keeps with who made it", async () => {
    const { id, email, cookie } = await signedInAccount();
    for (let n = 0; n < FREE_CHECKS - 1; n++) await changePassword(cookie, `wrong-guess-${n}`);
    const changed = await changePassword(cookie, PASSWORD);
    expect(changed.status).toBe(200);
    const [event, ...more] = await auditOf(id, "user.password-change");
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({ actorId: id, actorEmail: email, targetType: "user" });

    const renewed = cookiesOf(changed);
    for (let n = 0; n < FREE_CHECKS; n++)
      expect((await changePassword(renewed, `wrong-again-${n}`, "the-third-long-password")).status).toBe(400);
  });
});

describe("a name change through the auth routes", { timeout: 30_000 }, () => {
  it("is audited with the name before and after", async () => {
    const { id, email, cookie } = await signedInAccount();
    const response = await postToAuth("/update-user", { body: { name: "A New Name" }, cookie });
    expect(response.status).toBe(200);
    const [event] = await auditOf(id, "user.name-change");
    expect(event).toMatchObject({ actorId: id, actorEmail: email });
    expect(JSON.parse(event?.detail ?? "{}")).toEqual({ from: `Changer ${accounts}`, to: "A New Name" });
  });

  it.each([
    ["a NUL", "Mallory\u0000"],
    ["a right-to-left override", "Mallory \u202Egnp.exe"],
    ["only invisible characters", "\u200B\u2060"],
    ["more than a name's bound", "x".repeat(201)],
  ])("refuses a name with %s: 400, nothing changes, nothing is audited", async (_what, name) => {
    const { id, cookie } = await signedInAccount();
    const response = await postToAuth("/update-user", { body: { name }, cookie });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_NAME" });
    expect((await db.user.findUnique({ where: { id } }))?.name).toBe(`Changer ${accounts}`);
    expect(await auditOf(id, "user.name-change")).toEqual([]);
  });
});
