import { setImmediate as nextTurn } from "node:timers/promises";
import type { ExportWriter } from "./formats/export-format";
import type { ExportedEntry } from "./open-data-entry";

/**
 * The file as a byte stream that reads the next page of entries only when the client has taken the
 * last one (pull, with a queue of one chunk), so a slow download never piles pages up in memory,
 * and a client that goes away stops the reading.
 *
 * Each page waits for the event loop's next turn first. The SQLite driver answers synchronously and
 * a fast client's socket takes every chunk at once, so without it a whole download is one unbroken
 * chain of promises: every other request, timer and V8 task waits until the file is written.
 */
export function exportStream(pages: AsyncGenerator<ExportedEntry[]>, writer: ExportWriter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(writer.head()));
      },
      async pull(controller) {
        await nextTurn();
        const next = await pages.next();
        if (next.done) {
          const tail = writer.tail();
          if (tail) controller.enqueue(encoder.encode(tail));
          controller.close();
          return;
        }
        const text = writer.page(next.value);
        if (text) controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
