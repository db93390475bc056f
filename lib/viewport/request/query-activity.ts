import { processSingleton } from "@/lib/process-singleton";

/**
 * Viewport queries being answered right now, and when the last one ended: background work on the
 * request thread (the summary read-ahead) waits for a quiet moment instead of slowing a visitor's
 * request down. One per process, so every bundle that answers viewport queries counts into the
 * same tally.
 */
interface Activity {
  running: number;
  lastEnded: number;
}

const activity = processSingleton<Activity>("viewport.query-activity", () => ({ running: 0, lastEnded: 0 }));

export async function whileAnswering<T>(answer: () => Promise<T>): Promise<T> {
  activity.running++;
  try {
    return await answer();
  } finally {
    activity.running--;
    activity.lastEnded = performance.now();
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once no viewport query has been running for `quietMs`. */
export async function quietMoment(quietMs: number): Promise<void> {
  for (;;) {
    if (activity.running > 0) await sleep(quietMs);
    else {
      const quietFor = performance.now() - activity.lastEnded;
      if (quietFor >= quietMs) return;
      await sleep(quietMs - quietFor);
    }
  }
}
