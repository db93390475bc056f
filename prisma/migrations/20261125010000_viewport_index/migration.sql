-- Spatial-temporal index for viewport queries (SQLite's R*Tree module).
-- One row per published entry that has a map point or a date; keyed by Entry's rowid.
-- Times are in days since 1970 (R*Tree stores 32-bit floats: milliseconds would lose precision);
-- a missing dimension spans everything, and queries re-check the exact Entry columns.
-- Prisma does not model virtual tables: `prisma migrate diff` will propose dropping these; keep them.
CREATE VIRTUAL TABLE "EntryViewportIndex" USING rtree(
  "entryRowid",
  "minLongitude", "maxLongitude",
  "minLatitude", "maxLatitude",
  "minDay", "maxDay"
);

-- Bumped on every change to Entry, so caches of the published collection know when to rebuild.
CREATE TABLE "CollectionVersion" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
  "version" INTEGER NOT NULL
);
INSERT INTO "CollectionVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "Entry_viewport_insert" AFTER INSERT ON "Entry"
WHEN NEW."status" = 'published' AND (NEW."latitude" IS NOT NULL OR NEW."startTime" IS NOT NULL)
BEGIN
  INSERT INTO "EntryViewportIndex" VALUES (
    NEW.rowid,
    coalesce(NEW."longitude", -180), coalesce(NEW."longitude", 180),
    coalesce(NEW."latitude", -90), coalesce(NEW."latitude", 90),
    coalesce(NEW."startTime" / 86400000.0, -1e9), coalesce(NEW."endTime" / 86400000.0, 1e9)
  );
END;

CREATE TRIGGER "Entry_viewport_update" AFTER UPDATE ON "Entry"
BEGIN
  DELETE FROM "EntryViewportIndex" WHERE "entryRowid" = OLD.rowid;
  INSERT INTO "EntryViewportIndex"
  SELECT
    NEW.rowid,
    coalesce(NEW."longitude", -180), coalesce(NEW."longitude", 180),
    coalesce(NEW."latitude", -90), coalesce(NEW."latitude", 90),
    coalesce(NEW."startTime" / 86400000.0, -1e9), coalesce(NEW."endTime" / 86400000.0, 1e9)
  WHERE NEW."status" = 'published' AND (NEW."latitude" IS NOT NULL OR NEW."startTime" IS NOT NULL);
END;

CREATE TRIGGER "Entry_viewport_delete" AFTER DELETE ON "Entry"
BEGIN
  DELETE FROM "EntryViewportIndex" WHERE "entryRowid" = OLD.rowid;
END;

CREATE TRIGGER "Entry_version_insert" AFTER INSERT ON "Entry"
BEGIN
  UPDATE "CollectionVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Entry_version_update" AFTER UPDATE ON "Entry"
BEGIN
  UPDATE "CollectionVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Entry_version_delete" AFTER DELETE ON "Entry"
BEGIN
  UPDATE "CollectionVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

-- Entries that already exist.
INSERT INTO "EntryViewportIndex"
SELECT
  rowid,
  coalesce("longitude", -180), coalesce("longitude", 180),
  coalesce("latitude", -90), coalesce("latitude", 90),
  coalesce("startTime" / 86400000.0, -1e9), coalesce("endTime" / 86400000.0, 1e9)
FROM "Entry"
WHERE "status" = 'published' AND ("latitude" IS NOT NULL OR "startTime" IS NOT NULL);
