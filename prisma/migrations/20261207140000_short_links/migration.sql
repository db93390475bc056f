-- CreateTable
CREATE TABLE "ShortLink" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "target" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "ShortLink_target_key" ON "ShortLink"("target");
