import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { asDatabaseUnavailable, DatabaseUnavailableError } from "./database-unavailable";
import { SQLITE_JOURNAL_PRAGMAS } from "./sqlite-journal";
import { WriteLock } from "./write-lock";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];
type IsolationLevel = Parameters<Adapter["startTransaction"]>[0];

/**
 * How long one statement may wait synchronously inside SQLite for another process's lock.
 * better-sqlite3 waits on the event loop's thread, so waits are kept short and repeated with
 * asynchronous pauses in between: the server keeps answering while a write waits.
 */
const STATEMENT_BUSY_WAIT_MS = 20;
const LONGEST_PAUSE_MS = 50;

const statement = (sql: string): Query => ({ sql, args: [], argTypes: [] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SELECTs cannot write: they run on the read connection, never waiting for a writer. */
const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql);

function isBusy(error: unknown): boolean {
  return asDatabaseUnavailable(error)?.reason === "busy" && !(error instanceof DatabaseUnavailableError);
}

/** SQLite's "not now" errors become DatabaseUnavailableError; anything else passes through unchanged. */
function unavailableOr(error: unknown): unknown {
  return asDatabaseUnavailable(error) ?? error;
}

/**
 * Runs `attempt` until it stops failing with SQLITE_BUSY or the deadline passes. Only for work
 * that changed nothing when it failed: a single statement outside a transaction, or BEGIN.
 */
async function whileBusy<T>(deadline: number, attempt: () => Promise<T>): Promise<T> {
  for (let pause = 1; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause >= deadline) throw unavailableOr(error);
      await sleep(pause);
    }
  }
}

/**
 * Prisma's better-sqlite3 adapter, made safe to keep serving after a lock or a full disk.
 *
 * The stock adapter sends COMMIT as a query and releases its transaction mutex only after it
 * succeeds: a COMMIT refused by SQLite (SQLITE_BUSY behind another process's reader, SQLITE_FULL)
 * leaves the connection inside the transaction and the mutex held, so every later transaction
 * waits for ever and every later single write joins the dead transaction, acknowledged but never
 * committed. It also runs single statements on the transaction's connection while a transaction is
 * open, so a write from one request can be rolled back with another request's transaction and a
 * read can see rows that are never committed.
 *
 * Here: two connections to the file in WAL mode. SELECTs outside a transaction go to a read-only
 * connection and see only committed data. Everything that may write goes to the write connection
 * under one WriteLock: a transaction from BEGIN IMMEDIATE to COMMIT or ROLLBACK, a single statement
 * on its own. A failed COMMIT is rolled back and the lock released whatever happens. Waiting for
 * another process's lock is bounded by `busyTimeoutMs`; past it, and on a full disk, the request
 * fails with DatabaseUnavailableError and the next one finds a healthy connection.
 */
/** SQLITE_MAX_VARIABLE_NUMBER's default since SQLite 3.32, which better-sqlite3 keeps. */
const SQLITE_MAX_BIND_VALUES = 32_766;

export class SafeSqliteAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "@prisma/adapter-better-sqlite3";

  constructor(
    private readonly file: string,
    private readonly busyTimeoutMs: number,
  ) {}

  async connect(): Promise<Adapter> {
    const open = () => new PrismaBetterSQLite3({ url: this.file, timeout: STATEMENT_BUSY_WAIT_MS }).connect();
    const writer = await open();
    try {
      await whileBusy(Date.now() + this.busyTimeoutMs, () => writer.executeScript(SQLITE_JOURNAL_PRAGMAS));
      // An in-memory database exists once per connection: it cannot have a second one.
      const reader = this.file === ":memory:" ? writer : await open();
      if (reader !== writer) await reader.executeScript("PRAGMA query_only = ON");
      return new SafeSqliteAdapter(writer, reader, this.busyTimeoutMs);
    } catch (error) {
      await writer.dispose();
      throw unavailableOr(error);
    }
  }
}

class SafeSqliteAdapter implements Adapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #lock = new WriteLock();

  constructor(
    private readonly writer: Adapter,
    private readonly reader: Adapter,
    private readonly busyTimeoutMs: number,
  ) {
    this.adapterName = writer.adapterName;
  }

  /**
   * SQLite as better-sqlite3 builds it binds up to 32,766 values per statement; told nothing, Prisma
   * assumes 999 and refuses a query that needs more instead of running it.
   */
  getConnectionInfo() {
    return { maxBindValues: SQLITE_MAX_BIND_VALUES, supportsRelationJoins: false };
  }

  queryRaw(query: Query) {
    return this.#run(query.sql, (connection) => connection.queryRaw(query));
  }

  executeRaw(query: Query) {
    return this.#run(query.sql, (connection) => connection.executeRaw(query));
  }

  async executeScript(script: string): Promise<void> {
    const deadline = Date.now() + this.busyTimeoutMs;
    const release = await this.#lock.acquire(deadline);
    try {
      await whileBusy(deadline, () => this.writer.executeScript(script));
    } finally {
      release();
    }
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // SQLite has one isolation level; the stock adapter refuses the others with Prisma's own error.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return this.writer.startTransaction(isolationLevel);
    const deadline = Date.now() + this.busyTimeoutMs;
    const release = await this.#lock.acquire(deadline);
    try {
      // IMMEDIATE: the write lock is taken now, while waiting is still harmless, instead of at the
      // first write, where another process's commit would fail the transaction (SQLITE_BUSY_SNAPSHOT).
      await whileBusy(deadline, () => this.writer.executeRaw(statement("BEGIN IMMEDIATE")));
    } catch (error) {
      release();
      throw error;
    }
    return new SafeSqliteTransaction(this.writer, release);
  }

  async dispose(): Promise<void> {
    if (this.reader !== this.writer) await this.reader.dispose();
    await this.writer.dispose();
  }

  async #run<T>(sql: string, run: (connection: Adapter) => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.busyTimeoutMs;
    if (isRead(sql) && this.reader !== this.writer) return whileBusy(deadline, () => run(this.reader));
    const release = await this.#lock.acquire(deadline);
    try {
      return await whileBusy(deadline, () => run(this.writer));
    } finally {
      release();
    }
  }
}

class SafeSqliteTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  // Prisma then leaves COMMIT and ROLLBACK to commit() and rollback() below, which always release.
  readonly options = { usePhantomQuery: true };
  #release: (() => void) | undefined;

  constructor(
    private readonly connection: Adapter,
    release: () => void,
  ) {
    this.adapterName = connection.adapterName;
    this.#release = release;
  }

  async queryRaw(query: Query) {
    try {
      return await this.connection.queryRaw(query);
    } catch (error) {
      throw unavailableOr(error);
    }
  }

  async executeRaw(query: Query) {
    try {
      return await this.connection.executeRaw(query);
    } catch (error) {
      throw unavailableOr(error);
    }
  }

  async commit(): Promise<void> {
    try {
      await this.connection.executeRaw(statement("COMMIT"));
    } catch (error) {
      await this.#rollback();
      throw unavailableOr(error);
    } finally {
      this.#end();
    }
  }

  async rollback(): Promise<void> {
    try {
      await this.#rollback();
    } finally {
      this.#end();
    }
  }

  /** SQLite rolls some failures back by itself (SQLITE_FULL, I/O errors): then there is nothing left to end. */
  async #rollback(): Promise<void> {
    try {
      await this.connection.executeRaw(statement("ROLLBACK"));
    } catch (error) {
      if (!/no transaction is active/i.test(String((error as { cause?: { originalMessage?: string } }).cause?.originalMessage ?? error))) {
        throw unavailableOr(error);
      }
    }
  }

  #end(): void {
    this.#release?.();
    this.#release = undefined;
  }
}
