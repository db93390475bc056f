import type { AnyPublishableType } from "./publishable-type";

/** A pending revision's column naming its record, as a Prisma filter or data: `{ entryId: id }`, `{ articleId: id }`, `{ tourId: id }`. */
export type PendingOwner = { entryId: string } | { articleId: string } | { tourId: string };

export function pendingOwner(type: Pick<AnyPublishableType, "ownerColumn">, id: string): PendingOwner {
  return { [type.ownerColumn]: id } as PendingOwner;
}
