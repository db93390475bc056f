/** What bench/import-bench.ts writes to bench/out/import.json (read by bench/report-import.ts). */
export interface ImportRunFigures {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  mostWorkersAtOnce: number;
  heapAfterGcMb: number | null;
  workers: { kind: string; heapPeakMb: number; heapLimitMb: number }[];
  status: string;
  counts: Record<string, number>;
  rowsPerSecond: number;
}

export interface ImportBenchOutput {
  generatedAt: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; os: string };
  loadAverage: number[];
  rows: number;
  fileMb: number;
  /** The C library's malloc arenas the process ran with (scripts/server-process-env.ts); absent in older runs. */
  mallocArenaMax?: string | null;
  baselineRssMb: number;
  baselineHeapMb: number;
  keptWorkerMb: number;
  first: ImportRunFigures;
  again: ImportRunFigures;
  database: { entries: number; revisions: number; searchDocuments: number };
  goals: { seconds: number; peakRssMb: number };
}

/** What bench/start-bench.ts writes to bench/out/start.json. */
export interface StartBenchOutput {
  generatedAt: string;
  loadAverage: number[];
  size: number;
  asImported: { healthSeconds: number; homeSeconds: number }[];
  withoutSearchDocuments: { healthSeconds: number; homeSeconds: number; deleted: number; indexedLine: string | null };
  goalSeconds: number;
}
