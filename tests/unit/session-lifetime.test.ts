import { beforeAll, describe, expect, it } from "vitest";
import { postToAuth, servedAsInProduction } from "./auth-requests";
import { setupTestDatabase } from "./test-database";

// The defaults: 12 hours idle, 7 days in all.
servedAsInProduction();
delete process.env.SESSION_IDLE_HOURS;
delete process.env.SESSION_MAX_DAYS;
setupTestDatabase();

const { db } = await import("@/lib/db");
const { createUser } = await import("@/lib/data/users/create-user");
const { staffUserFor } = await import("@/lib/auth/current-user");

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ACCOUNT = { email: "sessions@example.org", password: "a-long-enough-password" };

/** Signs in afresh: the new session's cookie header, the Set-Cookie line that made it, its token. */
async function signIn(): Promise<{ cookie: string; setCookie: string; token: string }> {
  const response = await postToAuth("/sign-in/email", { body: ACCOUNT });
  expect(response.status).toBe(200);
  const setCookie = response.headers.getSetCookie().find((line) => line.includes("session_token=")) ?? "";
  const cookie = setCookie.split(";")[0] ?? "";
  const token = decodeURIComponent(cookie.split("=")[1] ?? "").split(".")[0] ?? "";
  return { cookie, setCookie, token };
}

/** Makes the session look as if signed in `signedInAgo` ago and last used `usedAgo` ago. */
async function age(token: string, signedInAgo: number, usedAgo: number): Promise<void> {
  const now = Date.now();
  await db.session.update({ where: { token }, data: { createdAt: new Date(now - signedInAgo), updatedAt: new Date(now - usedAgo) } });
}

const userFor = (cookie: string) => staffUserFor(new Headers({ Cookie: cookie }));

beforeAll(async () => {
  await createUser({ ...ACCOUNT, name: "Session Holder", role: "editor" }, null);
});

describe("a staff session", { timeout: 30_000 }, () => {
  it("reads as its member of staff while fresh", async () => {
    const { cookie } = await signIn();
    expect(await userFor(cookie)).toMatchObject({ email: ACCOUNT.email, role: "editor" });
  });

  it("ends seven days after sign-in however busy, and is deleted", async () => {
    const { cookie, token } = await signIn();
    await age(token, 7 * DAY + MINUTE, MINUTE);
    expect(await userFor(cookie)).toBeNull();
    expect(await db.session.count({ where: { token } })).toBe(0);
  });

  it("ends after twelve hours without a request", async () => {
    const { cookie, token } = await signIn();
    await age(token, 13 * HOUR, 12 * HOUR + MINUTE);
    expect(await userFor(cookie)).toBeNull();
  });

  it("from before these limits (60 days old, expiry still ahead, used an hour ago) is refused too", async () => {
    const { cookie, token } = await signIn();
    await age(token, 60 * DAY, HOUR);
    await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() + 6 * DAY) } });
    expect(await userFor(cookie)).toBeNull();
  });

  it("moves its last use on when used, at most once an hour", async () => {
    const { cookie, token } = await signIn();
    await age(token, 3 * HOUR, 2 * HOUR);
    expect(await userFor(cookie)).not.toBeNull();
    const touched = await db.session.findUniqueOrThrow({ where: { token } });
    expect(Date.now() - touched.updatedAt.getTime()).toBeLessThan(MINUTE);

    await age(token, 3 * HOUR, 10 * MINUTE);
    const before = (await db.session.findUniqueOrThrow({ where: { token } })).updatedAt;
    expect(await userFor(cookie)).not.toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { token } })).updatedAt).toEqual(before);
  });

  it("has a cookie that lasts no longer than the absolute lifetime, and never slides", async () => {
    const { setCookie, token } = await signIn();
    expect(setCookie).toMatch(/Max-Age=604800\b/);
    const { expiresAt, createdAt } = await db.session.findUniqueOrThrow({ where: { token } });
    expect(expiresAt.getTime() - createdAt.getTime()).toBeLessThanOrEqual(7 * DAY + MINUTE);
  });

  it("once lapsed, is refused by the auth routes too: a name change through /update-user does nothing", async () => {
    const { cookie, token } = await signIn();
    await age(token, 13 * HOUR, 12 * HOUR + MINUTE);
    const response = await postToAuth("/update-user", { body: { name: "Changed By A Stale Session" }, cookie });
    expect(response.status).toBe(401);
    expect((await db.user.findUniqueOrThrow({ where: { email: ACCOUNT.email } })).name).toBe("Session Holder");
  });
});
