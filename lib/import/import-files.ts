import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

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

export async function readImportFile(relative: string): Promise<Uint8Array> {
  return fs.readFile(absolute(relative));
}

export async function removeImportFile(relative: string): Promise<void> {
  await fs.rm(absolute(relative), { force: true });
}
