import { db } from "@/lib/db";
import type { PublishableName } from "./publishable-types";

export interface SlugAvailability {
  slug: string;
  available: boolean;
  /** A free variant ("slug-2", "slug-3"…) when this one is taken. */
  suggestion: string | null;
}

/** How many numbered variants to look at before giving up on a suggestion. */
const VARIANTS_LOOKED_AT = 50;

type SlugWhere = { slug: { in: string[] }; NOT?: { id: string } };

/** Each kind's table: a new kind of record must say where its slugs live. */
const SLUGS_OF: Record<PublishableName, (where: SlugWhere) => Promise<{ slug: string }[]>> = {
  entry: (where) => db.entry.findMany({ where, select: { slug: true } }),
  article: (where) => db.article.findMany({ where, select: { slug: true } }),
  tour: (where) => db.tour.findMany({ where, select: { slug: true } }),
};

async function takenAmong(type: PublishableName, slugs: string[], exceptId: string | null): Promise<Set<string>> {
  const rows = await SLUGS_OF[type]({ slug: { in: slugs }, ...(exceptId ? { NOT: { id: exceptId } } : {}) });
  return new Set(rows.map((row) => row.slug));
}

/** Whether a record of this kind (other than `exceptId`, the one being edited) already has the slug, and a free variant if so. */
export async function findSlugAvailability(type: PublishableName, slug: string, exceptId: string | null): Promise<SlugAvailability> {
  if (!(await takenAmong(type, [slug], exceptId)).has(slug)) return { slug, available: true, suggestion: null };
  const base = slug.replace(/-\d+$/, "");
  const variants = Array.from({ length: VARIANTS_LOOKED_AT }, (_, i) => `${base}-${i + 2}`);
  const taken = await takenAmong(type, variants, exceptId);
  return { slug, available: false, suggestion: variants.find((variant) => !taken.has(variant)) ?? null };
}
