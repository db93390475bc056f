import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

Object.assign(process.env, { NODE_ENV: "production" });
delete process.env.TEST;
setupTestDatabase();

const { auth } = await import("@/lib/auth/auth");
const { env } = await import("@/lib/env");
const { db } = await import("@/lib/db");
const { createUser } = await import("@/lib/data/users/create-user");
const { CLIENT_ADDRESS_HEADER } = await import("@/lib/auth/client-address");
const { retryAfterOf } = await import("@/lib/auth/too-many-attempts");

const PASSWORD = "the-first-long-password";
const FREE_CHECKS = 5;

let addresses = 0;
/** A request to an auth route, each from a new address, so only per-account limits can refuse it. */
function request(path: string, body: unknown, cookie?: string): Request {
  addresses += 1;
  return new Request(`${env.PUBLIC_BASE_URL}/api/auth${path}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Origin: env.PUBLIC_BASE_URL,
      [CLIENT_ADDRESS_HEADER]: `198.18.${Math.floor(addresses / 250)}.${addresses % 250}`,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

let accounts = 0;
/** A new account, signed in: its id, email and session cookie. */
async function signedInAccount(): Promise<{ id: string; email: string; cookie: string }> {
  accounts += 1;
  const email = `changes-${accounts}@example.org`;
  const { id } = await createUser({ email, name: `Changer ${accounts}`, role: "editor", password: PASSWORD }, null);
  const response = await auth.handler(request("/sign-in/email", { email, password: PASSWORD }));
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { id, email, cookie };
}

const changePassword = (cookie: string, currentPassword: string, newPassword = "the-second-long-password") =>
  auth.handler(request("/change-password", { currentPassword, newPassword, revokeOtherSessions: true }, cookie));

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

    const renewed = changed.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    for (let n = 0; n < FREE_CHECKS; n++)
      expect((await changePassword(renewed, `wrong-again-${n}`, "the-third-long-password")).status).toBe(400);
  });
});

describe("a name change through the auth routes", { timeout: 30_000 }, () => {
  it("is audited with the name before and after", async () => {
    const { id, email, cookie } = await signedInAccount();
    const response = await auth.handler(request("/update-user", { name: "A New Name" }, cookie));
    expect(response.status).toBe(200);
    const [event] = await auditOf(id, "user.name-change");
    expect(event).toMatchObject({ actorId: id, actorEmail: email });
    expect(JSON.parse(event?.detail ?? "{}")).toEqual({ from: `Changer ${accounts}`, to: "A New Name" });
  });
});
