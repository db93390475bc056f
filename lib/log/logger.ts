import pino from "pino";

/**
 * The server's one logger: JSON lines on stdout (what a process supervisor or a log shipper reads),
 * with ISO times. Set LOG_LEVEL to "debug" for more, "warn" for less.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
});
