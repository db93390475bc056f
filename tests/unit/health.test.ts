import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

const UPLOADS = path.resolve(__dirname, "..", ".tmp", `health-uploads-${randomUUID()}`);
process.env.UPLOADS_DIR = UPLOADS;
setupTestDatabase();
const { GET } = await import("@/app/api/health/route");

afterAll(() => {
  fs.rmSync(UPLOADS, { recursive: true, force: true });
});

describe("/api/health", () => {
  it("answers 200 with the database and the media storage up, and nothing else", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "up", database: "up", media: "up" });
  });
});
