import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/memorial.db";

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** Relative "file:" URLs are resolved against the project root (the working directory), the same way for the CLI, the app and the tests. */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:/, "");
  if (raw === ":memory:") return raw;
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), raw);
}
