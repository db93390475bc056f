import fs from "node:fs/promises";
import path from "node:path";
import { isStoredMediaFile } from "@/lib/data/media/is-stored-media-file";
import { env } from "@/lib/env";
import { notFoundProblem } from "@/lib/http/problem";
import { SERVED_IMAGE_TYPES } from "@/lib/media/served-image-types";

/**
 * Serves uploaded images: the resolved path must stay inside the uploads folder, and a Media row must
 * still name the file, so an image stays gone once deleted even when its file could not be removed
 * (or was quarantined by the start-up sweep).
 */
export async function GET(_request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const root = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOADS_DIR);
  const file = path.resolve(root, ...(await context.params).path);
  const type = SERVED_IMAGE_TYPES[path.extname(file).toLowerCase()];
  if (!file.startsWith(root + path.sep) || !type) return notFoundProblem("No such image");
  if (!(await isStoredMediaFile(path.relative(root, file).split(path.sep).join("/")))) return notFoundProblem("No such image");
  try {
    const body = await fs.readFile(file);
    return new Response(body, {
      headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
    });
  } catch {
    return notFoundProblem("No such image");
  }
}
