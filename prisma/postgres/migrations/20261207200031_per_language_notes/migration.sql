-- Relation, source, citation and article-mention notes get one column per language
-- (docs/decisions/per-language-notes.md). Existing notes were written "English / Русский" in one
-- field: they are split at the first " / " that has Latin text before it (Cyrillic there only
-- inside «quoted names») and Cyrillic text after it. A note that does not split that way goes whole
-- to Russian when it has Cyrillic letters, otherwise to English, so no text is lost.
-- lib/content/localized-note.ts (splitBilingualNote) reads old revision snapshots by the same rule.

-- EntryRelation
ALTER TABLE "EntryRelation" ADD COLUMN "noteEn" TEXT NOT NULL DEFAULT '',
                  ADD COLUMN "noteRu" TEXT NOT NULL DEFAULT '';
UPDATE "EntryRelation" SET "noteEn" = split_part("note", ' / ', 1), "noteRu" = substr("note", strpos("note", ' / ') + 3)
WHERE strpos("note", ' / ') > 0
  AND split_part("note", ' / ', 1) ~ '[A-Za-z]'
  AND (split_part("note", ' / ', 1) !~ '[А-яЁё]' OR split_part("note", ' / ', 1) ~ '«.*»')
  AND substr("note", strpos("note", ' / ') + 3) ~ '[А-яЁё]';
UPDATE "EntryRelation" SET "noteRu" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" ~ '[А-яЁё]';
UPDATE "EntryRelation" SET "noteEn" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" <> '';
ALTER TABLE "EntryRelation" DROP COLUMN "note";

-- Source
ALTER TABLE "Source" ADD COLUMN "noteEn" TEXT NOT NULL DEFAULT '',
                  ADD COLUMN "noteRu" TEXT NOT NULL DEFAULT '';
UPDATE "Source" SET "noteEn" = split_part("note", ' / ', 1), "noteRu" = substr("note", strpos("note", ' / ') + 3)
WHERE strpos("note", ' / ') > 0
  AND split_part("note", ' / ', 1) ~ '[A-Za-z]'
  AND (split_part("note", ' / ', 1) !~ '[А-яЁё]' OR split_part("note", ' / ', 1) ~ '«.*»')
  AND substr("note", strpos("note", ' / ') + 3) ~ '[А-яЁё]';
UPDATE "Source" SET "noteRu" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" ~ '[А-яЁё]';
UPDATE "Source" SET "noteEn" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" <> '';
ALTER TABLE "Source" DROP COLUMN "note";

-- Citation
ALTER TABLE "Citation" ADD COLUMN "noteEn" TEXT NOT NULL DEFAULT '',
                  ADD COLUMN "noteRu" TEXT NOT NULL DEFAULT '';
UPDATE "Citation" SET "noteEn" = split_part("note", ' / ', 1), "noteRu" = substr("note", strpos("note", ' / ') + 3)
WHERE strpos("note", ' / ') > 0
  AND split_part("note", ' / ', 1) ~ '[A-Za-z]'
  AND (split_part("note", ' / ', 1) !~ '[А-яЁё]' OR split_part("note", ' / ', 1) ~ '«.*»')
  AND substr("note", strpos("note", ' / ') + 3) ~ '[А-яЁё]';
UPDATE "Citation" SET "noteRu" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" ~ '[А-яЁё]';
UPDATE "Citation" SET "noteEn" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" <> '';
ALTER TABLE "Citation" DROP COLUMN "note";

-- ArticleMention
ALTER TABLE "ArticleMention" ADD COLUMN "noteEn" TEXT NOT NULL DEFAULT '',
                  ADD COLUMN "noteRu" TEXT NOT NULL DEFAULT '';
UPDATE "ArticleMention" SET "noteEn" = split_part("note", ' / ', 1), "noteRu" = substr("note", strpos("note", ' / ') + 3)
WHERE strpos("note", ' / ') > 0
  AND split_part("note", ' / ', 1) ~ '[A-Za-z]'
  AND (split_part("note", ' / ', 1) !~ '[А-яЁё]' OR split_part("note", ' / ', 1) ~ '«.*»')
  AND substr("note", strpos("note", ' / ') + 3) ~ '[А-яЁё]';
UPDATE "ArticleMention" SET "noteRu" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" ~ '[А-яЁё]';
UPDATE "ArticleMention" SET "noteEn" = "note" WHERE "noteEn" = '' AND "noteRu" = '' AND "note" <> '';
ALTER TABLE "ArticleMention" DROP COLUMN "note";
