import os from "node:os";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "./test-database";

// Production mode: better-auth switches its origin check off in test mode, which would hide every case here.
Object.assign(process.env, { NODE_ENV: "production" });
delete process.env.TEST;
setupTestDatabase();

const { db } = await import("@/lib/db");
const { CLIENT_ADDRESS_HEADER } = await import("@/lib/auth/client-address");

const SETTINGS = ["PORT", "HOSTNAME", "PUBLIC_BASE_URL", "TRUSTED_ORIGINS"] as const;

/** The app as `npm start` would run it with these settings (and no others of these four). */
async function startWith(settings: Partial<Record<(typeof SETTINGS)[number], string>>) {
  for (const key of SETTINGS) delete process.env[key];
  Object.assign(process.env, settings);
  vi.resetModules();
  const { env } = await import("@/lib/env");
  const { POST } = await import("@/app/api/auth/[...all]/route");
  let client = 0;
  /** A wrong-password sign-in from a page at `origin`, as Chromium's fetch sends it. */
  async function signInFrom(origin: string): Promise<Response> {
    client += 1;
    return POST(
      new Request(`${origin}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Origin: origin,
          "Sec-Fetch-Site": "same-origin",
          "Sec-Fetch-Mode": "cors",
          [CLIENT_ADDRESS_HEADER]: `192.0.2.${client}`,
        },
        body: JSON.stringify({ email: "nobody@example.org", password: "not-the-password" }),
      }),
    );
  }
  return { env, signInFrom, POST };
}

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a bare start (PORT only, no PUBLIC_BASE_URL)", () => {
  it("takes its public address from PORT", async () => {
    const { env } = await startWith({ PORT: "4321" });
    expect(env.PUBLIC_BASE_URL).toBe("http://localhost:4321");
  });

  it("reads an empty PUBLIC_BASE_URL, as .env.example has it, as unset", async () => {
    const { env } = await startWith({ PORT: "4321", PUBLIC_BASE_URL: "" });
    expect(env.PUBLIC_BASE_URL).toBe("http://localhost:4321");
  });

  it.each(["http://localhost:4321", "http://127.0.0.1:4321", "http://[::1]:4321"])(
    "checks the password of a sign-in from %s",
    async (origin) => {
      const { signInFrom } = await startWith({ PORT: "4321" });
      expect((await signInFrom(origin)).status).toBe(401);
    },
  );

  it("trusts the host HOSTNAME names", async () => {
    const { signInFrom } = await startWith({ PORT: "4321", HOSTNAME: "memorial.lan" });
    expect((await signInFrom("http://memorial.lan:4321")).status).toBe(401);
  });

  it("refuses another port, and says which setting would let it in, on the answer and in the log", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { signInFrom } = await startWith({ PORT: "4321" });
    const response = await signInFrom("http://localhost:3000");
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as { status: number; code: string; origin: string; detail: string };
    expect(problem).toMatchObject({ status: 403, code: "INVALID_ORIGIN", origin: "http://localhost:3000" });
    expect(problem.detail).toContain("TRUSTED_ORIGINS");
    const logged = log.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(logged).toContain("http://localhost:3000");
    expect(logged).toContain("TRUSTED_ORIGINS");
  });
});

describe("a start on every interface (HOSTNAME=0.0.0.0), as on a school's LAN", () => {
  it("trusts each address of the machine on PORT, except IPv6 link-local ones a browser cannot reach without a zone", async () => {
    vi.spyOn(os, "networkInterfaces").mockReturnValue({
      eth0: [
        { address: "192.168.1.20", family: "IPv4", netmask: "255.255.255.0", mac: "02:00:00:00:00:01", internal: false, cidr: null },
        { address: "fd00::2", family: "IPv6", netmask: "ffff::", mac: "02:00:00:00:00:01", internal: false, cidr: null, scopeid: 0 },
        { address: "fe80::1", family: "IPv6", netmask: "ffff::", mac: "02:00:00:00:00:01", internal: false, cidr: null, scopeid: 2 },
      ],
    });
    const { signInFrom } = await startWith({ PORT: "4321", HOSTNAME: "0.0.0.0" });
    const { trustedOrigins } = await import("@/lib/auth/trusted-origins");
    expect(trustedOrigins).toEqual(expect.arrayContaining(["http://192.168.1.20:4321", "http://[fd00::2]:4321", "http://127.0.0.1:4321"]));
    expect(trustedOrigins.join(" ")).not.toContain("fe80");
    expect((await signInFrom("http://192.168.1.20:4321")).status).toBe(401);
  });
});

describe("an installation with PUBLIC_BASE_URL and TRUSTED_ORIGINS", () => {
  const settings = {
    PUBLIC_BASE_URL: "https://memorial.example.org",
    TRUSTED_ORIGINS: " http://192.168.1.20:3000/ , https://memorial.school.example",
  };

  it.each(["https://memorial.example.org", "http://192.168.1.20:3000", "https://memorial.school.example"])(
    "checks the password of a sign-in from %s",
    async (origin) => {
      const { signInFrom } = await startWith(settings);
      expect((await signInFrom(origin)).status).toBe(401);
    },
  );

  it("no longer trusts the loopback addresses", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { signInFrom } = await startWith(settings);
    expect((await signInFrom("http://127.0.0.1:3000")).status).toBe(403);
  });

  it("still refuses a foreign page acting with a signed-in member's cookie (the CSRF check stays on)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { POST } = await startWith(settings);
    const response = await POST(
      new Request("https://memorial.example.org/api/auth/sign-out", {
        method: "POST",
        headers: { Origin: "https://evil.example", Cookie: "better-auth.session_token=whatever", "Content-Type": "application/json" },
        body: "{}",
      }),
    );
    expect(response.status).toBe(403);
  });
});

describe("TRUSTED_ORIGINS", () => {
  it.each(["memorial.example.org", "https://memorial.example.org/staff", "ftp://memorial.example.org"])(
    "refuses %s at start, naming the setting",
    async (value) => {
      await expect(startWith({ TRUSTED_ORIGINS: value })).rejects.toThrow(/TRUSTED_ORIGINS/);
    },
  );
});
