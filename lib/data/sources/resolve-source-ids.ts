import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

type Tx = Pick<Database, "source">;

/** Map source keys to ids, failing on the first unknown key so nothing is written half-sourced. */
export async function resolveSourceIds(tx: Tx, keys: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  const rows = await tx.source.findMany({ where: { key: { in: unique } }, select: { id: true, key: true } });
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  const missing = unique.filter((k) => !ids.has(k));
  if (missing.length) throw new AppError("INVALID_INPUT", `Unknown source: ${missing.join(", ")}`);
  return ids;
}
