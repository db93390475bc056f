import { setImmediate as nextTurn } from "node:timers/promises";
import type { ExportWriter } from "./formats/export-format";
import type { ExportedEntry } from "./open-data-entry";

/**
 * A file as text pieces: the head, each page of entries as it is read, the tail. A page is read
 * only when the consumer asks for the next piece, and stopping the consumer (`return`) stops the
 * reading.
 *
 * Each page waits for the event loop's next turn first. The SQLite driver answers synchronously, so
 * without it a whole file is one unbroken chain of promises: every other message, timer and V8 task
 * of the thread waits until the file is written.
 */
export async function* exportChunks(pages: AsyncGenerator<ExportedEntry[]>, writer: ExportWriter): AsyncGenerator<string> {
  try {
    yield writer.head();
    for (;;) {
      await nextTurn();
      const next = await pages.next();
      if (next.done) break;
      const text = writer.page(next.value);
      if (text) yield text;
    }
    const tail = writer.tail();
    if (tail) yield tail;
  } finally {
    await pages.return(undefined);
  }
}
