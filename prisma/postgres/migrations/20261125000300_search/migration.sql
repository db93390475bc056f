-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" TEXT NOT NULL,
    "entryId" TEXT,
    "articleId" TEXT,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "skeleton" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchDocument_entryId_idx" ON "SearchDocument"("entryId");

-- CreateIndex
CREATE INDEX "SearchDocument_articleId_idx" ON "SearchDocument"("articleId");

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search (hand-written): the text is folded by the app, so the 'simple' configuration
-- (no stemming, no stop words) matches the way SQLite's FTS5 table does. Weights: title A, aliases
-- and the transliterated skeleton B, body C.
CREATE INDEX "SearchDocument_fts" ON "SearchDocument" USING gin ((
  setweight(to_tsvector('simple', "title"), 'A') ||
  setweight(to_tsvector('simple', "aliases"), 'B') ||
  setweight(to_tsvector('simple', "skeleton"), 'B') ||
  setweight(to_tsvector('simple', "body"), 'C')
));
