import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

// As deployed behind a proxy that overwrites X-Real-IP. Production mode, because better-auth reads
// every request without an address as 127.0.0.1 in test mode, which would hide the case checked here.
process.env.TRUSTED_IP_HEADER = "X-Real-IP";
Object.assign(process.env, { NODE_ENV: "production" });
delete process.env.TEST;
setupTestDatabase();

const { auth } = await import("@/lib/auth/auth");
const { env } = await import("@/lib/env");
const { db } = await import("@/lib/db");

const LIMIT = 5;

/** One failed sign-in attempt, as the browser's form sends it, with the given extra headers. */
async function attempt(headers: Record<string, string>): Promise<number> {
  const response = await auth.handler(
    new Request(`${env.PUBLIC_BASE_URL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: env.PUBLIC_BASE_URL, ...headers },
      body: JSON.stringify({ email: "nobody@example.org", password: "not-the-password" }),
    }),
  );
  return response.status;
}

async function attempts(count: number, headers: (n: number) => Record<string, string>): Promise<number[]> {
  const statuses: number[] = [];
  for (let n = 0; n < count; n++) statuses.push(await attempt(headers(n)));
  return statuses;
}

beforeAll(async () => {
  await db.rateLimit.deleteMany();
});

describe("the sign-in limit", () => {
  it("reads the client's address from the configured header only", () => {
    expect(env.TRUSTED_IP_HEADER).toBe("x-real-ip");
  });

  it("is not bypassed by a new X-Forwarded-For on every attempt", async () => {
    const statuses = await attempts(LIMIT + 2, (n) => ({ "X-Real-IP": "192.0.2.10", "X-Forwarded-For": `198.51.100.${n + 1}` }));
    expect(statuses.slice(0, LIMIT).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
  });

  it("counts every attempt without the header (or with a forged list in it) in one shared bucket", async () => {
    const statuses = await attempts(
      LIMIT + 2,
      (n): Record<string, string> => (n % 2 ? { "X-Real-IP": `203.0.113.${n}, 192.0.2.99` } : { "X-Forwarded-For": `203.0.113.${n}` }),
    );
    expect(statuses.slice(0, LIMIT).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
  });

  it("keeps clients with different trusted addresses apart", async () => {
    expect(await attempt({ "X-Real-IP": "192.0.2.11" })).toBe(401);
  });
});
