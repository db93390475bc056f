export interface MeasuredStep<T> {
  result: T;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/**
 * Runs a bench step while sampling the process's resident memory and JavaScript heap every 20 ms;
 * its wall and CPU time and the peaks, each passed through `round`.
 */
export async function measureStep<T>(step: () => Promise<T>, round: (n: number) => number): Promise<MeasuredStep<T>> {
  let peak = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    peak = Math.max(peak, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  }, 20);
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const result = await step();
    const used = process.cpuUsage(cpu);
    return {
      result,
      seconds: round((performance.now() - started) / 1000),
      cpuSeconds: round((used.user + used.system) / 1e6),
      peakRssMb: round(peak / 1e6),
      peakHeapMb: round(peakHeap / 1e6),
    };
  } finally {
    clearInterval(sampler);
  }
}
