import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsCurrent, markBuildComplete } from "@/scripts/build-is-current";

let root: string;

function project(): string {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "build-current-"));
  fs.mkdirSync(path.join(root, "app"));
  fs.writeFileSync(path.join(root, "app", "page.tsx"), "export default 1;");
  const old = new Date(Date.now() - 60_000);
  fs.utimesSync(path.join(root, "app", "page.tsx"), old, old);
  fs.utimesSync(path.join(root, "app"), old, old);
  fs.mkdirSync(path.join(root, ".next"));
  return root;
}

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("whether the build can be served", () => {
  it("is not current when `next build` was stopped part way: it writes BUILD_ID long before it has finished", () => {
    project();
    fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "abc");
    expect(buildIsCurrent(root)).toBe(false);
  });

  it("is current once the build has been marked complete, and no longer when a source changes after it", () => {
    project();
    fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "abc");
    markBuildComplete(root);
    expect(buildIsCurrent(root)).toBe(true);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, "app", "page.tsx"), later, later);
    expect(buildIsCurrent(root)).toBe(false);
  });
});
