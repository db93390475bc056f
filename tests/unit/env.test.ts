import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";

const saved = { ...process.env };

afterEach(() => {
  for (const name of ["DATABASE_URL", "UPLOADS_DIR", "TRUSTED_IP_HEADER", "PUBLIC_BASE_URL"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("settings read through lib/env", () => {
  it("reads the value in force when read, not the one at first import", () => {
    process.env.DATABASE_URL = "file:./first.db";
    expect(env.DATABASE_URL).toBe("file:./first.db");
    process.env.DATABASE_URL = "postgresql://localhost:5432/second";
    expect(env.DATABASE_URL).toBe("postgresql://localhost:5432/second");
    process.env.UPLOADS_DIR = "/tmp/uploads-for-this-test";
    expect(env.UPLOADS_DIR).toBe("/tmp/uploads-for-this-test");
  });

  it("gives the documented defaults for unset settings", () => {
    delete process.env.DATABASE_URL;
    delete process.env.UPLOADS_DIR;
    expect(env.DATABASE_URL).toBe("file:./data/memorial.db");
    expect(env.UPLOADS_DIR).toBe("uploads");
  });

  it("applies each setting's check, and refuses a bad value naming the setting", () => {
    process.env.TRUSTED_IP_HEADER = " X-Real-IP ";
    expect(env.TRUSTED_IP_HEADER).toBe("x-real-ip");
    process.env.TRUSTED_IP_HEADER = "x-real-ip, x-forwarded-for";
    expect(() => env.TRUSTED_IP_HEADER).toThrow(/^TRUSTED_IP_HEADER: must be one HTTP header name/);
    process.env.PUBLIC_BASE_URL = "not a url";
    expect(() => env.PUBLIC_BASE_URL).toThrow(/^PUBLIC_BASE_URL:/);
  });

  it("lists every setting, each a plain value", () => {
    expect(Object.keys(env).sort()).toEqual(
      [
        "DATABASE_URL",
        "DEMO_ACCOUNTS",
        "HOSTNAME",
        "MAP_TILE_ATTRIBUTION",
        "MAP_TILE_URL",
        "PORT",
        "PUBLIC_BASE_URL",
        "PUBLIC_BASE_URL_SET",
        "SESSION_IDLE_HOURS",
        "SESSION_MAX_DAYS",
        "SQLITE_BUSY_TIMEOUT_MS",
        "TRUSTED_IP_HEADER",
        "TRUSTED_ORIGINS",
        "TRUSTED_PROXIES",
        "UPLOADS_DIR",
      ].sort(),
    );
  });
});
