-- Bumped on every change to Entry, so each app instance's cache of the published collection
-- (the map's cluster index) knows when to rebuild. Prisma does not model this table.
-- Rules rather than a trigger: the migration runner splits statements at every semicolon, which breaks a PL/pgSQL body.
CREATE TABLE "CollectionVersion" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
  "version" BIGINT NOT NULL
);
INSERT INTO "CollectionVersion" ("id", "version") VALUES (1, 0);

CREATE RULE "Entry_version_insert" AS ON INSERT TO "Entry" DO ALSO UPDATE "CollectionVersion" SET "version" = "version" + 1 WHERE "id" = 1;
CREATE RULE "Entry_version_update" AS ON UPDATE TO "Entry" DO ALSO UPDATE "CollectionVersion" SET "version" = "version" + 1 WHERE "id" = 1;
CREATE RULE "Entry_version_delete" AS ON DELETE TO "Entry" DO ALSO UPDATE "CollectionVersion" SET "version" = "version" + 1 WHERE "id" = 1;
