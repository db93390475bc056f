import { slugFromTitle } from "@/lib/import/slug-from-title";

/**
 * A unique address for each title: its own in Latin letters, with -2, -3… where that is taken in the
 * database (`taken` asks it, inside the caller's transaction) or by an earlier title of the same call.
 */
export async function freeSlugs(titles: readonly string[], taken: (slugs: string[]) => Promise<Set<string>>): Promise<string[]> {
  const slugs: string[] = new Array(titles.length);
  const used = new Set<string>();
  let pending = titles.map((title, index) => ({ index, base: slugFromTitle(title), n: 1 }));
  const candidate = (p: (typeof pending)[number]) => (p.n === 1 ? p.base : `${p.base.slice(0, 110)}-${p.n}`);
  while (pending.length > 0) {
    const inUse = await taken(pending.map(candidate));
    const next: typeof pending = [];
    for (const p of pending) {
      const slug = candidate(p);
      if (inUse.has(slug) || used.has(slug)) next.push({ ...p, n: p.n + 1 });
      else {
        used.add(slug);
        slugs[p.index] = slug;
      }
    }
    pending = next;
  }
  return slugs;
}
