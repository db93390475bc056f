-- AlterTable
ALTER TABLE "Article" ADD COLUMN "originalTitle" TEXT;
