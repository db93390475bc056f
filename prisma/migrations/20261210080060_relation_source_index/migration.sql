-- The page of a source and the sources list count and list the links one source supports: without
-- this index each is a full scan of EntryRelation.
-- No semicolons or quotes in these comments: the PostgreSQL driver adapter splits the script on them.

-- CreateIndex
CREATE INDEX "EntryRelation_sourceId_idx" ON "EntryRelation"("sourceId");
