/** How long a server that stayed up at least this long counts as healthy: its next crash starts the backoff again. */
export const HEALTHY_RUN_MS = 60_000;
const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 60_000;

/**
 * How long to wait before starting the server again after it died, given how many times in a row it
 * has died without staying up HEALTHY_RUN_MS: at once the first time, then 1 s, 2 s, 4 s… up to a
 * minute, so a server that cannot start (a port taken, a broken database) does not spin the CPU.
 */
export function restartDelay(quickCrashes: number): number {
  if (quickCrashes <= 1) return 0;
  return Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (quickCrashes - 2));
}
