-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT,
    "articleId" TEXT,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "skeleton" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "SearchDocument_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SearchDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SearchDocument_entryId_idx" ON "SearchDocument"("entryId");

-- CreateIndex
CREATE INDEX "SearchDocument_articleId_idx" ON "SearchDocument"("articleId");


-- Full-text index over SearchDocument (FTS5, external content), kept in step by triggers.
-- The text is already folded by the app; the tokenizer folds case and diacritics once more.
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
  "title", "aliases", "body", "skeleton",
  content = 'SearchDocument',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SearchDocument_fts_insert" AFTER INSERT ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex" (rowid, "title", "aliases", "body", "skeleton")
  VALUES (NEW.rowid, NEW."title", NEW."aliases", NEW."body", NEW."skeleton");
END;

CREATE TRIGGER "SearchDocument_fts_delete" AFTER DELETE ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex" ("SearchIndex", rowid, "title", "aliases", "body", "skeleton")
  VALUES ('delete', OLD.rowid, OLD."title", OLD."aliases", OLD."body", OLD."skeleton");
END;

CREATE TRIGGER "SearchDocument_fts_update" AFTER UPDATE ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex" ("SearchIndex", rowid, "title", "aliases", "body", "skeleton")
  VALUES ('delete', OLD.rowid, OLD."title", OLD."aliases", OLD."body", OLD."skeleton");
  INSERT INTO "SearchIndex" (rowid, "title", "aliases", "body", "skeleton")
  VALUES (NEW.rowid, NEW."title", NEW."aliases", NEW."body", NEW."skeleton");
END;
