-- CreateIndex
CREATE INDEX "Media_filePath_idx" ON "Media"("filePath");

-- CreateIndex
CREATE INDEX "Media_thumbPath_idx" ON "Media"("thumbPath");
