-- Viewport queries on PostgreSQL (hand-written: Prisma's schema language cannot express it).
-- A GiST index over each published, located entry's point as a degenerate box, so that
-- `box(point("longitude","latitude"), point("longitude","latitude")) && box(point(west,south), point(east,north))`
-- is an index scan. The predicate must be repeated in the query for the planner to use it.
-- The btree on ("status", "startTime", "endTime") for the time window is already in the first
-- migration ("Entry_status_startTime_endTime_idx").
CREATE INDEX "Entry_viewport_gist" ON "Entry" USING gist (box(point("longitude", "latitude"), point("longitude", "latitude")))
WHERE "status" = 'published' AND "latitude" IS NOT NULL AND "longitude" IS NOT NULL;
