import { DatabaseUnavailableError } from "./database-unavailable";

/**
 * One writer at a time on the SQLite write connection, in arrival order. Every statement that may
 * write and every transaction holds it, so no write ever runs inside another request's open
 * transaction (where a rollback would take it along). A waiter gives up at its deadline with
 * DatabaseUnavailableError("busy") instead of queueing for ever behind a stuck writer.
 */
export class WriteLock {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with the function that releases the lock (call it exactly once). */
  async acquire(deadline: number): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => mine);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timed out">((resolve) => {
      timer = setTimeout(() => resolve("timed out"), Math.max(0, deadline - Date.now()));
    });
    const outcome = await Promise.race([previous.then(() => "acquired" as const), timedOut]);
    clearTimeout(timer);
    if (outcome === "timed out") {
      // Our turn still comes after `previous`; pass it straight on to whoever queued behind us.
      release();
      throw new DatabaseUnavailableError("busy");
    }
    return release;
  }
}
