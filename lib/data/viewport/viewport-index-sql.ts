import { Prisma } from "@/lib/generated/prisma/client";
import type { BoundingBox, ViewportQuery } from "@/lib/validation/viewport";

const DAY = 86_400_000;

export type IndexFilter = Pick<ViewportQuery, "kinds" | "from" | "to" | "require">;

/** A box that does not cross the antimeridian; a crossing box is split into two. */
type PlainBox = BoundingBox;

export function splitAtAntimeridian(bbox: BoundingBox | undefined): (PlainBox | undefined)[] {
  if (!bbox || bbox.west <= bbox.east) return [bbox];
  return [
    { ...bbox, east: 180 },
    { ...bbox, west: -180 },
  ];
}

/**
 * Conditions on the R*Tree ("r", see the viewport_index migration) and, for kinds, on Entry ("e").
 * A dimension the entry lacks spans the whole axis in the index, so "has coordinates" and
 * "has dates" are tested by the width of the stored interval.
 */
export function indexConditions(box: PlainBox | undefined, filter: IndexFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const needsPoint = box !== undefined || filter.require === "coordinates";
  const needsDate = filter.from !== undefined || filter.to !== undefined || filter.require === "dates";
  if (box) {
    conditions.push(
      Prisma.sql`r."maxLongitude" >= ${box.west} AND r."minLongitude" <= ${box.east} AND r."maxLatitude" >= ${box.south} AND r."minLatitude" <= ${box.north}`,
    );
  }
  if (needsPoint) conditions.push(Prisma.sql`r."maxLongitude" - r."minLongitude" < 1`);
  if (filter.from !== undefined) conditions.push(Prisma.sql`r."maxDay" >= ${filter.from / DAY}`);
  if (filter.to !== undefined) conditions.push(Prisma.sql`r."minDay" <= ${filter.to / DAY}`);
  if (needsDate) conditions.push(Prisma.sql`r."maxDay" - r."minDay" < 1e8`);
  if (filter.kinds?.length) conditions.push(Prisma.sql`e."kind" IN (${Prisma.join(filter.kinds)})`);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`1 = 1`;
}

export function indexFrom(filter: IndexFilter): Prisma.Sql {
  return filter.kinds?.length
    ? Prisma.sql`"EntryViewportIndex" r JOIN "Entry" e ON e.rowid = r."entryRowid"`
    : Prisma.sql`"EntryViewportIndex" r`;
}
