import { describe, expect, it } from "vitest";
import type { ImportBenchOutput, ImportRunFigures } from "../../bench/lib/import-types";
import { importGoals } from "../../bench/report-import";

const run = (figures: Partial<ImportRunFigures>): ImportRunFigures => ({
  seconds: 15,
  cpuSeconds: 20,
  peakRssMb: 260,
  peakHeapMb: 40,
  mostWorkersAtOnce: 1,
  heapAfterGcMb: 22,
  workers: [],
  status: "done",
  counts: { created: 10_000, failed: 0 },
  rowsPerSecond: 600,
  ...figures,
});

const output = (first: Partial<ImportRunFigures>, again: Partial<ImportRunFigures> = {}): ImportBenchOutput => ({
  generatedAt: "2026-12-07T18:00:00.000Z",
  machine: { cpu: "x", cores: 2, memoryGb: 8, node: "v20", os: "Linux" },
  loadAverage: [1, 1, 1],
  rows: 10_000,
  fileMb: 5,
  mallocArenaMax: "2",
  baselineRssMb: 200,
  baselineHeapMb: 21,
  keptWorkerMb: 40,
  first: run(first),
  again: run(again),
  database: { entries: 10_048, revisions: 10_048, searchDocuments: 20_098 },
  goals: { seconds: 30, peakRssMb: 300 },
});

describe("the import's goals in bench/results.md", () => {
  it("are met only when the import finished every row within the time and memory", () => {
    expect(importGoals(output({}), null)[0]).not.toContain("not met");
    expect(importGoals(output({ seconds: 31 }), null)[0]).toMatch(/< 30 s \*\*not met\*\*/);
    expect(importGoals(output({ status: "failed" }), null)[0]).toMatch(/every row \*\*not met\*\*/);
  });

  it("count the second import's memory too", () => {
    expect(importGoals(output({}, { peakRssMb: 301 }), null)[0]).toMatch(/< 300 MB \*\*not met\*\*/);
  });

  it("say what was not measured", () => {
    expect(importGoals(null, null).join("\n")).toMatch(/not measured[\s\S]*not measured/);
  });
});
