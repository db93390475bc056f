/**
 * A file's pieces as a byte stream that asks for the next piece only when the client has taken the
 * last one (pull, with a queue of one chunk), so a slow download never piles pieces up in memory,
 * and a client that goes away stops the source.
 */
export function exportStream(chunks: AsyncIterator<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
      },
      async cancel() {
        await chunks.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
