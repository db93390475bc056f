-- CreateTable
CREATE TABLE "Tour" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "ownerId" TEXT,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "shareToken" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "publishedAt" DATETIME,
    CONSTRAINT "Tour_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TourTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tourId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "introduction" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "TourTranslation_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TourStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tourId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "entryId" TEXT,
    "articleId" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "zoom" REAL,
    "windowFrom" REAL,
    "windowTo" REAL,
    CONSTRAINT "TourStep_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TourStep_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "TourStep_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TourStepTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stepId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "narrative" TEXT NOT NULL DEFAULT '',
    "question" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "TourStepTranslation_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "TourStep" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TourRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tourId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "authorId" TEXT,
    "authorEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TourRevision_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Tour_slug_key" ON "Tour"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tour_shareToken_key" ON "Tour"("shareToken");

-- CreateIndex
CREATE INDEX "Tour_ownerId_updatedAt_idx" ON "Tour"("ownerId", "updatedAt");

-- CreateIndex
CREATE INDEX "Tour_status_updatedAt_idx" ON "Tour"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Tour_updatedAt_id_idx" ON "Tour"("updatedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TourTranslation_tourId_locale_key" ON "TourTranslation"("tourId", "locale");

-- CreateIndex
CREATE INDEX "TourStep_entryId_idx" ON "TourStep"("entryId");

-- CreateIndex
CREATE INDEX "TourStep_articleId_idx" ON "TourStep"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "TourStep_tourId_position_key" ON "TourStep"("tourId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TourStepTranslation_stepId_locale_key" ON "TourStepTranslation"("stepId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "TourRevision_tourId_version_key" ON "TourRevision"("tourId", "version");

