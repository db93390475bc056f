-- CreateTable
CREATE TABLE "PendingRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT,
    "articleId" TEXT,
    "tourId" TEXT,
    "baseVersion" INTEGER NOT NULL,
    "edit" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT,
    "decidedByEmail" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PendingRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PendingRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PendingRevision_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PendingRevision_status_updatedAt_id_idx" ON "PendingRevision"("status", "updatedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PendingRevision_entryId_authorId_key" ON "PendingRevision"("entryId", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "PendingRevision_articleId_authorId_key" ON "PendingRevision"("articleId", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "PendingRevision_tourId_authorId_key" ON "PendingRevision"("tourId", "authorId");

