import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// A database in a folder that does not exist, and an uploads "folder" that is a file: both down.
const TMP = path.resolve(__dirname, "..", ".tmp");
const NOT_A_FOLDER = path.join(TMP, `health-not-a-folder-${randomUUID()}`);
fs.mkdirSync(TMP, { recursive: true });
fs.writeFileSync(NOT_A_FOLDER, "");
process.env.UPLOADS_DIR = NOT_A_FOLDER;
process.env.DATABASE_URL = `file:${path.join(TMP, `no-such-folder-${randomUUID()}`, "memorial.db")}`;
delete (globalThis as { memorialDb?: unknown }).memorialDb;
const { GET } = await import("@/app/api/health/route");

afterAll(() => {
  fs.rmSync(NOT_A_FOLDER, { force: true });
});

describe("/api/health when storage fails", () => {
  it("answers 503 naming what is down, without the error, the path or anything else", async () => {
    const response = await GET();
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: "down", database: "down", media: "down" });
    expect(text).not.toContain(TMP);
  });
});
