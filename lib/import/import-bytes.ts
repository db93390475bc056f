/** Bytes handed to the reader at a time: a CSV is parsed as it is read, so only this much text waits at once. */
export const IMPORT_CHUNK_BYTES = 64 * 1024;

/** An upload already in memory, in the chunks a file on disk would be read in. */
export async function* byteChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += IMPORT_CHUNK_BYTES) yield bytes.subarray(at, at + IMPORT_CHUNK_BYTES);
}
