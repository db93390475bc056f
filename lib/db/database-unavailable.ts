/**
 * The database could not take this request now: another process holds the write lock past the busy
 * timeout, the disk is full, the file cannot be written, or the server is unreachable. Nothing of
 * the request was kept (its transaction was rolled back), the connection is usable again, and the
 * same request may succeed later: routes answer 503, forms say "try again".
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    /** Why, for the log: "busy", "full", "io" or "unreachable". Never shown to visitors. */
    readonly reason: DatabaseUnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(REASON_MESSAGES[reason], options);
    this.name = "DatabaseUnavailableError";
  }
}

export type DatabaseUnavailableReason = "busy" | "full" | "io" | "unreachable";

const REASON_MESSAGES: Record<DatabaseUnavailableReason, string> = {
  busy: "The database is busy; nothing was saved. Try again in a moment.",
  full: "The database's disk is full; nothing was saved. Try again later.",
  io: "The database could not be written; nothing was saved. Try again later.",
  unreachable: "The database cannot be reached; nothing was saved. Try again later.",
};

/** SQLite result codes (better-sqlite3 names them, extended codes included) that mean "not now". */
const SQLITE_REASONS: [RegExp, DatabaseUnavailableReason][] = [
  [/^SQLITE_(BUSY|LOCKED)(_|$)/, "busy"],
  [/^SQLITE_FULL$/, "full"],
  [/^SQLITE_(IOERR|CANTOPEN|READONLY|PROTOCOL)(_|$)/, "io"],
];

/** PostgreSQL SQLSTATE classes and codes with the same meaning. */
const POSTGRES_REASONS: [RegExp, DatabaseUnavailableReason][] = [
  [/^(55P03|57014|40P01|53300)$/, "busy"],
  [/^(53100|53200)$/, "full"],
  [/^(58030|XX001)$/, "io"],
  [/^(08|57P0)/, "unreachable"],
];

/**
 * Prisma's own codes for the same conditions, as the client throws them: P1001/P1002/P1017
 * (cannot reach / connection closed), P1008 (operation timed out: SQLITE_BUSY through the adapter),
 * P2024 (no connection from the pool in time), P2028 (a transaction could not start, or ran out of
 * time, while others held the database), P2037 (too many connections).
 */
const PRISMA_REASONS: Record<string, DatabaseUnavailableReason> = {
  P1001: "unreachable",
  P1002: "unreachable",
  P1017: "unreachable",
  P1008: "busy",
  P2024: "busy",
  P2028: "busy",
  P2037: "busy",
};

function reasonForCode(code: string): DatabaseUnavailableReason | undefined {
  for (const [pattern, reason] of [...SQLITE_REASONS, ...POSTGRES_REASONS]) if (pattern.test(code)) return reason;
  return undefined;
}

/**
 * The DatabaseUnavailableError behind `error`, wherever the database layer or Prisma put it
 * (the error itself, its `cause` chain, a Prisma error's code or the driver error it carries), or
 * undefined when `error` is something else. Route and action error mappings call this first.
 */
export function asDatabaseUnavailable(error: unknown): DatabaseUnavailableError | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 8; depth++) {
    if (current instanceof DatabaseUnavailableError) return current;
    if (typeof current !== "object") return undefined;
    const { code, originalCode, meta, cause } = current as {
      code?: unknown;
      /** A Prisma driver adapter error's cause: the driver's own code. */
      originalCode?: unknown;
      meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
      cause?: unknown;
    };
    const driverCode = originalCode ?? meta?.driverAdapterError?.cause?.originalCode;
    const reason =
      (typeof driverCode === "string" ? reasonForCode(driverCode) : undefined) ??
      (typeof code === "string" ? (PRISMA_REASONS[code] ?? reasonForCode(code)) : undefined);
    if (reason) return new DatabaseUnavailableError(reason, { cause: error });
    current = cause ?? meta?.driverAdapterError;
  }
  return undefined;
}
