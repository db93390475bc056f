import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(__dirname, "..", "..", "messages");

function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function read(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
}

const areaFiles = fs.readdirSync(path.join(root, "en")).filter((name) => name.endsWith(".json"));

describe("interface strings", () => {
  it.each(["", ...areaFiles.map((f) => `/${f}`)])("Russian has exactly the English keys (messages%s)", (suffix) => {
    const en = suffix ? read(`en${suffix}`) : read("en.json");
    const ru = suffix ? read(`ru${suffix}`) : read("ru.json");
    expect(keyPaths(ru).sort()).toEqual(keyPaths(en).sort());
  });

  it("no two files define the same top-level namespace", () => {
    const namespaces = [read("en.json"), ...areaFiles.map((f) => read(`en/${f}`))].flatMap((m) => Object.keys(m));
    expect(namespaces.length).toBe(new Set(namespaces).size);
  });
});
