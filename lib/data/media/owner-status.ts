import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { AppError } from "@/lib/errors/app-error";

/** Selects what decides whether an image may change: its entry's or article's slug and status. */
export const ownerStatusSelect = {
  entry: { select: { slug: true, status: true } },
  article: { select: { slug: true, status: true } },
} as const;

/**
 * An image is part of the published work it shows in: uploading to, describing or reordering the
 * images of a published or archived entry or article is a change to that work, so the same role
 * rule holds as for its text (FORBIDDEN with the same message as an entry's refusal).
 */
export function assertMayChangeImagesOf(role: string, owner: { status: string } | null): void {
  if (owner && !mayEditInStatus(role, owner.status)) throw new AppError("FORBIDDEN", { key: "publishedByCurators" });
}
