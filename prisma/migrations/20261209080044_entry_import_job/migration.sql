-- Each entry an import job creates names that job, so the job counts and moves its own entries
-- and nothing else its person wrote meanwhile. A later import that updates the entry leaves it.
-- Added in place, not by the table rebuild prisma migrate diff proposes: a rebuild renumbers the
-- rowids the viewport index is keyed by and drops the triggers on Entry.

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN "importJobId" TEXT CONSTRAINT "Entry_importJobId_fkey" REFERENCES "ImportJob" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Entry_importJobId_status_idx" ON "Entry"("importJobId", "status");

-- Entries earlier jobs created get their job from the audit log, read as the import page read it
-- before this column existed, so the counts of old jobs stay what they were: the entry.create lines
-- of the person who started a finished job (not a dry run) from its upload to its end, less the
-- time of any other import that finished within that span (the server ran imports one after
-- another, so what was written then was that one's). Where two jobs would claim a line (at the same
-- millisecond) the first id wins. Entries made by hand while an old job ran stay counted with it,
-- as they were: only imports from now on tell the two apart.
-- No semicolons or quotes in these comments: the PostgreSQL driver adapter splits the script on them.
UPDATE "Entry" SET "importJobId" = "made"."jobId"
FROM (
  SELECT a."targetId" AS "entryId", MIN(j."id") AS "jobId"
  FROM "ImportJob" j
  JOIN "AuditEvent" a
    ON a."actorId" = j."createdById"
    AND a."action" = 'entry.create'
    AND a."at" >= j."createdAt"
    AND a."at" <= j."finishedAt"
  WHERE j."dryRun" = false
    AND j."finishedAt" IS NOT NULL
    AND j."status" NOT IN ('queued', 'running')
    AND NOT EXISTS (
      SELECT 1 FROM "ImportJob" k
      WHERE k."id" <> j."id"
        AND k."createdAt" < j."finishedAt"
        AND k."finishedAt" >= j."createdAt"
        AND k."finishedAt" < j."finishedAt"
        AND a."at" >= k."createdAt"
        AND a."at" <= k."finishedAt"
    )
  GROUP BY a."targetId"
) AS "made"
WHERE "Entry"."id" = "made"."entryId";
