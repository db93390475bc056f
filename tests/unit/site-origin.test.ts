import { afterEach, describe, expect, it, vi } from "vitest";

const SETTINGS = ["PORT", "HOSTNAME", "PUBLIC_BASE_URL", "TRUSTED_ORIGINS"] as const;
const saved = Object.fromEntries(SETTINGS.map((key) => [key, process.env[key]]));

/** siteOrigin as an app started with these settings (and no others of these four) computes it. */
async function siteOriginWith(settings: Partial<Record<(typeof SETTINGS)[number], string>>) {
  for (const key of SETTINGS) delete process.env[key];
  Object.assign(process.env, settings);
  vi.resetModules();
  return (await import("@/lib/share/site-origin")).siteOrigin;
}

afterEach(() => {
  for (const key of SETTINGS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe("the origin of links that leave the page", () => {
  it("is PUBLIC_BASE_URL when set, whatever the request's address", async () => {
    const siteOrigin = await siteOriginWith({ PORT: "4321", PUBLIC_BASE_URL: "https://memorial.example.org/" });
    expect(siteOrigin(new Headers({ host: "localhost:4321" }))).toBe("https://memorial.example.org");
  });

  it("is the address the page was asked at when the app serves it (a LAN address on 0.0.0.0)", async () => {
    const siteOrigin = await siteOriginWith({ PORT: "4321", HOSTNAME: "0.0.0.0" });
    expect(siteOrigin(new Headers({ host: "127.0.0.1:4321" }))).toBe("http://127.0.0.1:4321");
    expect(siteOrigin(new Headers({ host: "localhost:4321" }))).toBe("http://localhost:4321");
  });

  it("never echoes an address the app does not serve or trust", async () => {
    const siteOrigin = await siteOriginWith({ PORT: "4321" });
    expect(siteOrigin(new Headers({ host: "evil.example" }))).toBe("http://localhost:4321");
    expect(siteOrigin(new Headers({ host: "localhost:4321", "x-memorial-page-origin": "http://evil.example" }))).toBe(
      "http://localhost:4321",
    );
    expect(siteOrigin(new Headers())).toBe("http://localhost:4321");
  });

  it("takes the PDF renderer's page origin when it is one the app trusts", async () => {
    const siteOrigin = await siteOriginWith({ PORT: "4321", TRUSTED_ORIGINS: "http://school.lan:4321" });
    expect(siteOrigin(new Headers({ host: "127.0.0.1:4321", "x-memorial-page-origin": "http://school.lan:4321" }))).toBe(
      "http://school.lan:4321",
    );
  });
});
