/**
 * Next.js and Prisma phone home (telemetry, update checks) unless told not to; the app must make no
 * request beyond localhost, so every command that builds, migrates or serves sets these first.
 * An explicit setting in the environment still wins.
 */
export function disableTelemetry(): void {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.CHECKPOINT_DISABLE ??= "1";
  process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";
}
