import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { notFoundProblem } from "@/lib/http/problem";

const TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp" };

/** Serves uploaded images; the resolved path must stay inside the uploads folder. */
export async function GET(_request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const root = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOADS_DIR);
  const file = path.resolve(root, ...(await context.params).path);
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!file.startsWith(root + path.sep) || !type) return notFoundProblem("No such image");
  try {
    const body = await fs.readFile(file);
    return new Response(body, {
      headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
    });
  } catch {
    return notFoundProblem("No such image");
  }
}
