-- The page of a source and the sources list count and list the citations of one source: without
-- this index each is a full scan of Citation.
-- No semicolons or quotes in these comments: the PostgreSQL driver adapter splits the script on them.

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
