/** A precache manifest entry as Serwist injects it into the worker. */
export type ManifestEntry = string | { url: string; revision?: string | null };

/**
 * The build's files a saved page may load (scripts, styles, fonts, images under /_next/static), and a
 * name for the build made from them: a new deploy has new file names, hence a new name.
 */
export function buildFiles(manifest: readonly ManifestEntry[] | undefined): { id: string; files: string[] } {
  const files = (manifest ?? [])
    .map((entry) => (typeof entry === "string" ? entry : entry.url))
    .filter((url) => url.startsWith("/_next/static/"))
    .sort();
  // FNV-1a over the file names, which carry their content's hash.
  let hash = 0x811c9dc5;
  for (const character of files.join("\n")) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return { id: hash.toString(36), files };
}
