import { describe, expect, it } from "vitest";
import { KEPT_SECTIONS_MARKER, keptSections } from "../../bench/report";

describe("bench/results.md rewrites", () => {
  it("keep every hand-written section after the marker", () => {
    const existing = `# Benchmarks\nold figures\n\n${KEPT_SECTIONS_MARKER}\n\n## Trust\nfigures\n\n## Classroom\nmore\n`;
    expect(keptSections(existing)).toBe("## Trust\nfigures\n\n## Classroom\nmore\n");
  });

  it("keep nothing from a file without the marker", () => {
    expect(keptSections("# Benchmarks\n## Trust\n")).toBe("");
  });
});
