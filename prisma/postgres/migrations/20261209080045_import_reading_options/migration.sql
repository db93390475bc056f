-- How an import file is read (encoding, CSV delimiter, column mapping), kept with its job as JSON text.

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN "readingOptions" TEXT;
