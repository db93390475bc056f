-- Relation, source, citation and article-mention notes get one column per language
-- (docs/decisions/per-language-notes.md). Existing notes were written "English / Русский" in one
-- field: they are split at the first " / " that has Latin text before it (Cyrillic there only
-- inside «quoted names») and Cyrillic text after it. A note that does not split that way goes whole
-- to Russian when it has Cyrillic letters, otherwise to English, so no text is lost.
-- lib/content/localized-note.ts (splitBilingualNote) reads old revision snapshots by the same rule.

-- EntryRelation
ALTER TABLE "EntryRelation" ADD COLUMN "noteEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "EntryRelation" ADD COLUMN "noteRu" TEXT NOT NULL DEFAULT '';
UPDATE "EntryRelation" SET "noteEn" = substr("note", 1, instr("note", ' / ') - 1), "noteRu" = substr("note", instr("note", ' / ') + 3)
WHERE instr("note", ' / ') > 0
  AND substr("note", 1, instr("note", ' / ') - 1) GLOB '*[A-Za-z]*'
  AND (substr("note", 1, instr("note", ' / ') - 1) NOT GLOB '*[А-яЁё]*' OR substr("note", 1, instr("note", ' / ') - 1) GLOB '*«*»*')
  AND substr("note", instr("note", ' / ') + 3) GLOB '*[А-яЁё]*';
UPDATE "EntryRelation" SET "noteRu" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" GLOB '*[А-яЁё]*';
UPDATE "EntryRelation" SET "noteEn" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" <> '';
ALTER TABLE "EntryRelation" DROP COLUMN "note";

-- Source
ALTER TABLE "Source" ADD COLUMN "noteEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Source" ADD COLUMN "noteRu" TEXT NOT NULL DEFAULT '';
UPDATE "Source" SET "noteEn" = substr("note", 1, instr("note", ' / ') - 1), "noteRu" = substr("note", instr("note", ' / ') + 3)
WHERE instr("note", ' / ') > 0
  AND substr("note", 1, instr("note", ' / ') - 1) GLOB '*[A-Za-z]*'
  AND (substr("note", 1, instr("note", ' / ') - 1) NOT GLOB '*[А-яЁё]*' OR substr("note", 1, instr("note", ' / ') - 1) GLOB '*«*»*')
  AND substr("note", instr("note", ' / ') + 3) GLOB '*[А-яЁё]*';
UPDATE "Source" SET "noteRu" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" GLOB '*[А-яЁё]*';
UPDATE "Source" SET "noteEn" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" <> '';
ALTER TABLE "Source" DROP COLUMN "note";

-- Citation
ALTER TABLE "Citation" ADD COLUMN "noteEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Citation" ADD COLUMN "noteRu" TEXT NOT NULL DEFAULT '';
UPDATE "Citation" SET "noteEn" = substr("note", 1, instr("note", ' / ') - 1), "noteRu" = substr("note", instr("note", ' / ') + 3)
WHERE instr("note", ' / ') > 0
  AND substr("note", 1, instr("note", ' / ') - 1) GLOB '*[A-Za-z]*'
  AND (substr("note", 1, instr("note", ' / ') - 1) NOT GLOB '*[А-яЁё]*' OR substr("note", 1, instr("note", ' / ') - 1) GLOB '*«*»*')
  AND substr("note", instr("note", ' / ') + 3) GLOB '*[А-яЁё]*';
UPDATE "Citation" SET "noteRu" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" GLOB '*[А-яЁё]*';
UPDATE "Citation" SET "noteEn" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" <> '';
ALTER TABLE "Citation" DROP COLUMN "note";

-- ArticleMention
ALTER TABLE "ArticleMention" ADD COLUMN "noteEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ArticleMention" ADD COLUMN "noteRu" TEXT NOT NULL DEFAULT '';
UPDATE "ArticleMention" SET "noteEn" = substr("note", 1, instr("note", ' / ') - 1), "noteRu" = substr("note", instr("note", ' / ') + 3)
WHERE instr("note", ' / ') > 0
  AND substr("note", 1, instr("note", ' / ') - 1) GLOB '*[A-Za-z]*'
  AND (substr("note", 1, instr("note", ' / ') - 1) NOT GLOB '*[А-яЁё]*' OR substr("note", 1, instr("note", ' / ') - 1) GLOB '*«*»*')
  AND substr("note", instr("note", ' / ') + 3) GLOB '*[А-яЁё]*';
UPDATE "ArticleMention" SET "noteRu" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" GLOB '*[А-яЁё]*';
UPDATE "ArticleMention" SET "noteEn" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" <> '';
ALTER TABLE "ArticleMention" DROP COLUMN "note";
