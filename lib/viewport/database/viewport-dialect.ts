import { databaseKind } from "@/lib/database-url";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoundingBox, ViewportQuery } from "@/lib/validation/viewport";

const DAY = 86_400_000;

export type IndexFilter = Pick<ViewportQuery, "kinds" | "from" | "to" | "require" | "countries" | "comparable" | "tags"> & {
  /** Only these entries (the matches of a search). */
  ids?: string[];
};

export function splitAtAntimeridian(bbox: BoundingBox | undefined): (BoundingBox | undefined)[] {
  if (!bbox || bbox.west <= bbox.east) return [bbox];
  return [
    { ...bbox, east: 180 },
    { ...bbox, west: -180 },
  ];
}

/** How each database finds published entries in a box and a time window through its own index. */
export interface ViewportDialect {
  /** Tables, with Entry as "e". */
  from: Prisma.Sql;
  /** Conditions for one box that does not cross the antimeridian. */
  where(box: BoundingBox | undefined, filter: IndexFilter): Prisma.Sql;
  longitude: Prisma.Sql;
  latitude: Prisma.Sql;
  startDay: Prisma.Sql;
  /** A non-negative number as a whole cell or bucket index. */
  cellIndex(value: Prisma.Sql): Prisma.Sql;
  atLeastZero(value: Prisma.Sql): Prisma.Sql;
}

function commonConditions(filter: IndexFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.kinds?.length) conditions.push(Prisma.sql`e."kind" IN (${Prisma.join(filter.kinds)})`);
  if (filter.countries?.length) conditions.push(Prisma.sql`e."countryCode" IN (${Prisma.join(filter.countries)})`);
  if (filter.ids) conditions.push(filter.ids.length ? Prisma.sql`e."id" IN (${Prisma.join(filter.ids)})` : Prisma.sql`1 = 0`);
  if (filter.tags?.length) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "EntryTag" et JOIN "Tag" tg ON tg."id" = et."tagId" WHERE et."entryId" = e."id" AND tg."slug" IN (${Prisma.join(filter.tags)}))`,
    );
  }
  if (filter.comparable) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "EntryRelation" rel WHERE rel."type" = 'comparable_to' AND (rel."fromId" = e."id" OR rel."toId" = e."id"))`,
    );
  }
  return conditions;
}

const needsPoint = (box: BoundingBox | undefined, filter: IndexFilter) => box !== undefined || filter.require === "coordinates";
const needsDate = (filter: IndexFilter) => filter.from !== undefined || filter.to !== undefined || filter.require === "dates";

/**
 * SQLite: the R*Tree "r" of the viewport_index migration. A dimension an entry lacks spans the
 * whole axis there, so "has coordinates" and "has dates" are tested by the stored interval's width.
 */
const sqlite: ViewportDialect = {
  from: Prisma.sql`"EntryViewportIndex" r JOIN "Entry" e ON e.rowid = r."entryRowid"`,
  where(box, filter) {
    const conditions = commonConditions(filter);
    if (box) {
      conditions.push(
        Prisma.sql`r."maxLongitude" >= ${box.west} AND r."minLongitude" <= ${box.east} AND r."maxLatitude" >= ${box.south} AND r."minLatitude" <= ${box.north}`,
      );
    }
    if (needsPoint(box, filter)) conditions.push(Prisma.sql`r."maxLongitude" - r."minLongitude" < 1`);
    if (filter.from !== undefined) conditions.push(Prisma.sql`r."maxDay" >= ${filter.from / DAY}`);
    if (filter.to !== undefined) conditions.push(Prisma.sql`r."minDay" <= ${filter.to / DAY}`);
    if (needsDate(filter)) conditions.push(Prisma.sql`r."maxDay" - r."minDay" < 1e8`);
    return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`1 = 1`;
  },
  longitude: Prisma.sql`((r."minLongitude" + r."maxLongitude") / 2)`,
  latitude: Prisma.sql`((r."minLatitude" + r."maxLatitude") / 2)`,
  startDay: Prisma.sql`r."minDay"`,
  cellIndex: (value) => Prisma.sql`CAST(${value} AS INTEGER)`,
  atLeastZero: (value) => Prisma.sql`max(0, ${value})`,
};

/** PostgreSQL: the partial GiST index on box(point(longitude, latitude)) and the btree on times. */
const postgresql: ViewportDialect = {
  from: Prisma.sql`"Entry" e`,
  where(box, filter) {
    const conditions = [Prisma.sql`e."status" = 'published'`, ...commonConditions(filter)];
    if (needsPoint(box, filter)) conditions.push(Prisma.sql`e."latitude" IS NOT NULL AND e."longitude" IS NOT NULL`);
    if (box) {
      conditions.push(
        Prisma.sql`box(point(e."longitude", e."latitude"), point(e."longitude", e."latitude")) && box(point(${box.west}::float8, ${box.south}::float8), point(${box.east}::float8, ${box.north}::float8))`,
      );
    }
    if (filter.from !== undefined) conditions.push(Prisma.sql`e."endTime" >= ${filter.from}`);
    if (filter.to !== undefined) conditions.push(Prisma.sql`e."startTime" <= ${filter.to}`);
    if (needsDate(filter)) conditions.push(Prisma.sql`e."startTime" IS NOT NULL`);
    return Prisma.join(conditions, " AND ");
  },
  longitude: Prisma.sql`e."longitude"`,
  latitude: Prisma.sql`e."latitude"`,
  startDay: Prisma.sql`(e."startTime" / 86400000.0)`,
  cellIndex: (value) => Prisma.sql`floor(${value})::int`,
  atLeastZero: (value) => Prisma.sql`greatest(0, ${value})`,
};

export function viewportDialect(): ViewportDialect {
  return databaseKind(env.DATABASE_URL) === "postgresql" ? postgresql : sqlite;
}
