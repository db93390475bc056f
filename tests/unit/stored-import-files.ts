import fs from "node:fs";
import path from "node:path";

/** The import files kept in the uploads folder (UPLOADS_DIR/imports), sorted: to show an upload stored nothing. */
export function storedImportFiles(): string[] {
  const folder = path.join(process.env.UPLOADS_DIR!, "imports");
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
}
