-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN "note" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "note" TEXT;

-- AlterTable
ALTER TABLE "TourRevision" ADD COLUMN "note" TEXT;
