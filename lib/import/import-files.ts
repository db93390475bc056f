import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { IMPORT_CHUNK_BYTES } from "./import-bytes";

/** Import files live beside the images, in UPLOADS_DIR/imports/ (the orphan sweep moves only image files). */
const FOLDER = "imports";

function absolute(relative: string): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOADS_DIR, relative);
}

/** Keeps an uploaded file for its job; returns its path under the uploads directory. */
export async function storeImportFile(jobId: string, extension: string, bytes: Uint8Array): Promise<string> {
  const relative = `${FOLDER}/${jobId}.${extension}`;
  await fs.mkdir(path.dirname(absolute(relative)), { recursive: true });
  await fs.writeFile(absolute(relative), bytes);
  return relative;
}

/** A stored file's bytes, read a chunk at a time as the job asks for them. */
export function readImportFile(relative: string): AsyncIterable<Uint8Array> {
  return createReadStream(absolute(relative), { highWaterMark: IMPORT_CHUNK_BYTES });
}

export async function removeImportFile(relative: string): Promise<void> {
  await fs.rm(absolute(relative), { force: true });
}
