-- CreateIndex
CREATE INDEX "Entry_updatedAt_id_idx" ON "Entry"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Entry_status_updatedAt_id_idx" ON "Entry"("status", "updatedAt", "id");

