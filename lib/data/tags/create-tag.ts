import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** A theme and the entries in it, written at once. */
export async function createTag(input: { slug: string; names: Record<string, string>; entries: string[] }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const entries = await tx.entry.findMany({ where: { slug: { in: input.entries } }, select: { id: true, slug: true } });
    const missing = input.entries.filter((slug) => !entries.some((e) => e.slug === slug));
    if (missing.length) throw new AppError("NOT_FOUND", `No entry: ${missing.join(", ")}`);
    return tx.tag.create({
      data: { slug: input.slug, names: JSON.stringify(input.names), entries: { create: entries.map((e) => ({ entryId: e.id })) } },
      select: { id: true },
    });
  });
}
