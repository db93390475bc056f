-- Each source gets the language of its title, a BCP 47 primary tag, null when unknown, so pages can
-- mark a title in another language than theirs for screen readers (WCAG 2.2 SC 3.1.2).
-- A database seeded before this column existed gets the languages of the reference sources here, by
-- key, as prisma/seed/sources gives them (tests/unit/source-language.test.ts keeps the two equal).
-- Sources staff added stay unknown until someone sets theirs.
-- No semicolons or quotes in these comments: the PostgreSQL driver adapter splits the script on them.

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "language" TEXT;

UPDATE "Source" SET "language" = 'de' WHERE "language" IS NULL AND "key" IN (
  'frwiki-khatyn',
  'newspravda-sevastopol-eternal-flame-2024',
  'perceptio-rzhev-town',
  'touristportal-soldier-sailor'
);

UPDATE "Source" SET "language" = 'en' WHERE "language" IS NULL AND "key" IN (
  'almaty-dostoprim-glory',
  'brilliant-rear-front',
  'citymurmansk-alyosha',
  'csto-ticker-cronos-commentary',
  'csto-ticker-mirzoyan',
  'destinations-ua-motherland',
  'dook-alyosha',
  'encspb-defenders',
  'encspb-piskarevskoe',
  'europeremembers-treptow',
  'flickr-salaspils',
  'gbumac-victory-monument',
  'geomapedia-salaspils',
  'geomerid-motherland-calls',
  'gse-salaspils',
  'holamon-khatyn-massacre',
  'kazinform-csto-2024',
  'khatyn-by-memorial',
  'khatyn-museum',
  'kyivindependent-trident',
  'latvia-travel-salaspils',
  'mailru-leningrad-siege-2026',
  'mailru-stalingrad-2026',
  'may9-rzhev-opening',
  'nearbywiki-poklonnaya',
  'news-csto-almaty-2024',
  'news-rzhev-installation-2020',
  'newspravda-brest-1971',
  'novayagazeta-armenia-csto-2024',
  'petersburg24-defenders',
  'piglix-treptow',
  'russiapedia-poklonnaya',
  'russiatrek-rzhev-memorial',
  'salaspils-official',
  'sb-brest-memorial',
  'soldatini-battle-of-berlin',
  'tass-21009021',
  'touristportal-brest',
  'unga-68-262',
  'urban75-treptow',
  'uvisitrussia-alyosha',
  'wiki-almaty',
  'wiki-alyosha',
  'wiki-memorial-of-glory-almaty',
  'wiki-motherland-calls',
  'wiki-motherland-kyiv',
  'wiki-museum-great-patriotic-war',
  'wiki-operation-mars',
  'wiki-piskaryovskoye',
  'wiki-rzhev-memorial',
  'wiki-victory-square-spb',
  'worldwariihist-battle-of-berlin'
);

UPDATE "Source" SET "language" = 'ro' WHERE "language" IS NULL AND "key" IN (
  'perceptio-nakhimov-square-memorial'
);

UPDATE "Source" SET "language" = 'ru' WHERE "language" IS NULL AND "key" IN (
  '100dorog-rzhev-opening',
  'ask3-rear-front',
  'cis-rzhev-branch',
  'cleancopy-great-patriotic-war',
  'geometki-rear-front',
  'livingheritage-rear-front',
  'nalchik-great-patriotic-war',
  'ncrim-sapun-gora',
  'newsby-csto-almaty-2024',
  'prohorovskoe-pole-zvonnitsa',
  'regnum-3892349',
  'sprashivalka-rear-front',
  'sunnycrimea-victory-memorial-2007',
  'tass-rzhev-liberation-80',
  'tblit-sevastopol-defence',
  'toreents-arctic',
  'varikoz24-khrustalny',
  'voynablog-sevastopol-1942',
  'wikiorg-zvonnitsa',
  'wikipoints-zvonnitsa'
);

UPDATE "Source" SET "language" = 'sv' WHERE "language" IS NULL AND "key" IN (
  'wiki7-rzhev-memorial'
);

UPDATE "Source" SET "language" = 'tr' WHERE "language" IS NULL AND "key" IN (
  'trwiki-motherland-calls'
);

UPDATE "Source" SET "language" = 'uk' WHERE "language" IS NULL AND "key" IN (
  'interfax-kyiv-rename',
  'rbc-kyiv-rename'
);
