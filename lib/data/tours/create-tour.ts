import { randomBytes } from "node:crypto";
import type { StaffUser } from "@/lib/auth/current-user";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type TourEditInput, tourEditSchema } from "@/lib/validation/tour";
import { assertSlugFree } from "../publishing/claim-version";
import { auditRecord, recordRevision } from "../publishing/record-revision";
import { mayChangeEveryTour } from "./assert-may-change-tour";
import { TOUR } from "./tour-record";
import { writeTourFields } from "./write-tour-fields";

/** 32 random bytes: a read-only link nobody can guess. */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The one way a tour is made (the editor, the API, "Add to tour", the seed), with its first revision.
 * Staff pass themselves as the actor, become its owner and the creation is audited; the seed passes
 * none and may make it published at once. Only curators may create one already published.
 */
export async function createTour(
  input: TourEditInput,
  options: { actor: StaffUser | null; status?: PublicationStatus },
): Promise<{ id: string; slug: string }> {
  const tour = tourEditSchema.parse(input);
  const status = options.status ?? "draft";
  const { actor } = options;
  if (actor && status !== "draft" && !mayChangeEveryTour(actor)) throw new AppError("FORBIDDEN", "Only curators may publish a tour.");
  return db.$transaction(async (tx) => {
    await assertSlugFree(tx, TOUR, tour.slug);
    const row = await tx.tour.create({
      data: {
        slug: tour.slug,
        status,
        ownerId: actor?.id ?? null,
        shareToken: newShareToken(),
        publishedAt: status === "published" ? new Date() : null,
      },
      select: { id: true, slug: true },
    });
    await writeTourFields(tx, row.id, tour);
    await recordRevision(tx, TOUR, row.id, "create", actor);
    await auditRecord(tx, TOUR, { actor, action: "create", id: row.id, detail: { slug: row.slug } });
    return row;
  });
}
