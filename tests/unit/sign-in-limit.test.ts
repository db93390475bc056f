import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { anotherAddress, cookiesOf, postToAuth, servedAsInProduction } from "./auth-requests";
import { setupTestDatabase } from "./test-database";

servedAsInProduction();
delete process.env.TRUSTED_PROXIES;
setupTestDatabase();

const { db } = await import("@/lib/db");
const { createUser } = await import("@/lib/data/users/create-user");

const PER_ADDRESS = 5;
const PER_ACCOUNT = 10;
const PASSWORD = "the-right-long-password";

interface Attempt {
  /** The address the server saw the request come from. */
  from: string;
  email?: string;
  password?: string;
  headers?: Record<string, string>;
  cookie?: string;
}

let strangers = 0;

/** One sign-in as the browser's form sends it; by default for an account nobody else tries. */
function attempt({ from, email = `nobody-${++strangers}@example.org`, password = "not-the-password", headers, cookie }: Attempt) {
  return postToAuth("/sign-in/email", { body: { email, password }, from, headers, cookie });
}

async function statuses(count: number, make: (n: number) => Attempt): Promise<number[]> {
  const result: number[] = [];
  for (let n = 0; n < count; n++) result.push((await attempt(make(n))).status);
  return result;
}

let accounts = 0;
/** A staff account of its own for each test, so no test's attempts count against another's. */
async function newAccount(): Promise<string> {
  accounts += 1;
  const email = `limited-${accounts}@example.org`;
  await createUser({ email, name: `Limited ${accounts}`, role: "editor", password: PASSWORD }, null);
  return email;
}

beforeAll(async () => {
  await db.rateLimit.deleteMany();
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-12-01T10:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the per-address limit", { timeout: 60_000 }, () => {
  it("counts by the address the connection came from: a new X-Forwarded-For on every attempt changes nothing", async () => {
    const result = await statuses(PER_ADDRESS + 2, (n) => ({ from: "192.0.2.10", headers: { "X-Forwarded-For": `198.51.100.${n + 1}` } }));
    expect(result).toEqual([...Array(PER_ADDRESS).fill(401), 429, 429]);
  });

  it("never puts strangers in one bucket: junk or list-valued headers from some clients do not lock out another", async () => {
    const junk = await statuses(PER_ADDRESS + 1, (n) => ({
      from: `192.0.2.${20 + n}`,
      headers: { "X-Forwarded-For": n % 2 ? "unknown" : "203.0.113.1, 203.0.113.2", "X-Real-IP": "junk" },
    }));
    expect(junk).toEqual(Array(PER_ADDRESS + 1).fill(401));
    expect((await attempt({ from: "192.0.2.99" })).status).toBe(401);
  });

  it("tells the form how long to wait", async () => {
    await statuses(PER_ADDRESS, () => ({ from: "192.0.2.30" }));
    const refused = await attempt({ from: "192.0.2.30" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("X-Retry-After"))).toBeGreaterThan(0);
  });
});

describe("the per-account limit", { timeout: 60_000 }, () => {
  it("allows an account ten guesses from any number of addresses, then one per wait that doubles", async () => {
    const email = await newAccount();
    expect(await statuses(PER_ACCOUNT, () => ({ from: anotherAddress(), email }))).toEqual(Array(PER_ACCOUNT).fill(401));
    const held = await attempt({ from: anotherAddress(), email });
    expect(held.status).toBe(429);
    expect(Number(held.headers.get("X-Retry-After"))).toBe(60);

    vi.setSystemTime(Date.now() + 61_000);
    expect((await attempt({ from: anotherAddress(), email })).status).toBe(401);
    const longer = await attempt({ from: anotherAddress(), email });
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get("X-Retry-After"))).toBe(120);
  });

  it("holds back only that account: another account from a new address is checked as usual", async () => {
    const held = await newAccount();
    const other = await newAccount();
    await statuses(PER_ACCOUNT + 1, () => ({ from: anotherAddress(), email: held }));
    expect((await attempt({ from: anotherAddress(), email: other })).status).toBe(401);
    expect((await attempt({ from: anotherAddress(), email: other, password: PASSWORD })).status).toBe(200);
  });

  it("lets the owner in from a browser that signed in before, though strangers' guesses hold the account", async () => {
    const email = await newAccount();
    const signedIn = await attempt({ from: anotherAddress(), email, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    const browser = cookiesOf(signedIn);

    await statuses(PER_ACCOUNT + 1, () => ({ from: anotherAddress(), email }));
    expect((await attempt({ from: anotherAddress(), email, password: PASSWORD })).status).toBe(429);
    expect((await attempt({ from: anotherAddress(), email, password: PASSWORD, cookie: browser })).status).toBe(200);
  });

  it("starts counting again after a successful sign-in", async () => {
    const email = await newAccount();
    await statuses(PER_ACCOUNT - 1, () => ({ from: anotherAddress(), email }));
    expect((await attempt({ from: anotherAddress(), email, password: PASSWORD })).status).toBe(200);
    expect(await statuses(PER_ACCOUNT, () => ({ from: anotherAddress(), email }))).toEqual(Array(PER_ACCOUNT).fill(401));
    expect((await attempt({ from: anotherAddress(), email })).status).toBe(429);
  });

  it("lets no more than ten guesses through when they all arrive at once", async () => {
    const email = await newAccount();
    const burst = await Promise.all(Array.from({ length: 25 }, () => attempt({ from: anotherAddress(), email })));
    const checked = burst.filter((response) => response.status === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(PER_ACCOUNT);
    expect(burst.every((response) => response.status === 401 || response.status === 429)).toBe(true);
  });
});

describe("an email that is not text", { timeout: 60_000 }, () => {
  it.each(["\ud800", "\udfff\ud800", "a\ud800@example.org"])("is refused with a 400, never a 500 (%j)", async (email) => {
    const response = await postToAuth("/sign-in/email", { body: { email, password: "whatever-it-is" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_EMAIL" });
  });
});
