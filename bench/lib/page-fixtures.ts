import { runIfMain } from "./common";

/**
 * tsx bench/lib/page-fixtures.ts <size>   (DATABASE_URL and UPLOADS_DIR set by bench/pages-bench.ts)
 *
 * Readies a synthetic database for the page benchmark the way `npm start` would (migrations, missing
 * search documents), adds what the pages need and a bulk load does not make (a curator and an admin,
 * one image), and prints the addresses to visit: ordinary records and the heaviest ones (the entry with
 * the most links, the article with the most mentions).
 */

export const BENCH_PASSWORD = "bench-pages-password";
export const BENCH_ACCOUNTS = {
  curator: { email: "bench-curator@example.org", name: "Bench Curator", role: "curator" },
  admin: { email: "bench-admin@example.org", name: "Bench Admin", role: "admin" },
  editor: { email: "bench-editor@example.org", name: "Bench Editor", role: "editor" },
} as const;

/** Proposed changes waiting for review at every size: the review queue pages them, never reading them all. */
const BENCH_PROPOSALS = 2000;

export interface PageFixtures {
  entries: string[];
  /** The entry with the most links (either way), the heaviest entry and edit pages. */
  linkedEntry: string;
  articles: string[];
  /** The article with the most mentions. */
  mentioningArticle: string;
  memorials: string[];
  mediaId: string;
  entryCount: number;
  searches: string[];
  /** A published three-step tour on the fixtures' entries (a bulk load makes none). */
  tour: string;
  /** A short link's code, to a tour page. */
  shortLink: string;
  /** How many proposed changes wait in the review queue. */
  proposals: number;
}

/**
 * The bench editor's proposed change to each of the first `count` published entries (one more summary
 * sentence), stored as proposeRecordChange stores one, in batches: thousands through the lifecycle's
 * own preview would take minutes and show nothing more about the review queue's pages.
 */
async function proposeChanges(count: number): Promise<number> {
  const { db } = await import("@/lib/db");
  const { ENTRY } = await import("@/lib/data/entries/entry-record");
  const editor = await db.user.findUniqueOrThrow({ where: { email: BENCH_ACCOUNTS.editor.email }, select: { id: true, email: true } });
  const waiting = { authorId: editor.id, status: "pending" };
  const have = await db.pendingRevision.count({ where: waiting });
  if (have >= count) return db.pendingRevision.count({ where: { status: "pending" } });
  const targets = await db.entry.findMany({
    where: { status: "published", proposals: { none: { authorId: editor.id } } },
    orderBy: { id: "asc" },
    take: count - have,
    select: { id: true },
  });
  for (let start = 0; start < targets.length; start += 500) {
    const rows = [];
    for (const { id } of targets.slice(start, start + 500)) {
      const { snapshot, version } = await ENTRY.readSnapshot(db, id);
      const en = snapshot.translations.en;
      const proposed = {
        ...snapshot,
        translations: {
          ...snapshot.translations,
          ...(en ? { en: { ...en, summary: `${en.summary} A sentence proposed by an editor.` } } : {}),
        },
      };
      rows.push({
        entryId: id,
        baseVersion: version,
        edit: JSON.stringify(await ENTRY.storedToEdit(proposed)),
        snapshot: JSON.stringify(proposed),
        authorId: editor.id,
        authorEmail: editor.email,
      });
    }
    await db.pendingRevision.createMany({ data: rows });
  }
  return db.pendingRevision.count({ where: { status: "pending" } });
}

const BENCH_TOUR = "bench-tour";

async function main(): Promise<void> {
  const { prepareDatabase } = await import("../../scripts/prepare-database");
  await prepareDatabase();
  const { db } = await import("@/lib/db");
  const { Prisma } = await import("@/lib/generated/prisma/client");
  const { createUser } = await import("@/lib/data/users/create-user");
  for (const account of Object.values(BENCH_ACCOUNTS)) {
    if (!(await db.user.findUnique({ where: { email: account.email } }))) await createUser({ ...account, password: BENCH_PASSWORD }, null);
  }
  const published = { status: "published" };
  const entryCount = await db.entry.count();
  // Spread over the collection: slugs at even steps through the published entries.
  const step = Math.max(1, Math.floor((await db.entry.count({ where: published })) / 5));
  const entries = await Promise.all(
    [0, 1, 2, 3, 4].map(async (i) => (await db.entry.findFirst({ where: published, orderBy: { slug: "asc" }, skip: i * step }))!.slug),
  );
  const [linked] = await db.$queryRaw<{ slug: string }[]>(Prisma.sql`
    SELECT e."slug" FROM "Entry" e JOIN (
      SELECT "id", count(*) AS "links" FROM (SELECT "fromId" AS "id" FROM "EntryRelation" UNION ALL SELECT "toId" FROM "EntryRelation") l GROUP BY "id"
    ) c ON c."id" = e."id" WHERE e."status" = 'published' ORDER BY c."links" DESC, e."slug" LIMIT 1`);
  const articles = (await db.article.findMany({ where: published, orderBy: { slug: "asc" }, take: 3, select: { slug: true } })).map(
    (a) => a.slug,
  );
  const [mentioning] = await db.$queryRaw<{ slug: string }[]>(Prisma.sql`
    SELECT a."slug" FROM "Article" a JOIN "ArticleMention" m ON m."articleId" = a."id"
    WHERE a."status" = 'published' GROUP BY a."id", a."slug" ORDER BY count(*) DESC, a."slug" LIMIT 1`);
  const memorials = (
    await db.entry.findMany({ where: { ...published, kind: "memorial" }, orderBy: { slug: "asc" }, take: 6, select: { slug: true } })
  ).map((e) => e.slug);
  let media = await db.media.findFirst({ select: { id: true } });
  if (!media) {
    const { default: sharp } = await import("sharp");
    const { createMedia } = await import("@/lib/data/media/create-media");
    const owner = await db.entry.findUniqueOrThrow({ where: { slug: linked?.slug ?? entries[0]! }, select: { id: true } });
    const bytes = await sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 90, g: 60, b: 30 } } })
      .png()
      .toBuffer();
    media = await createMedia({
      bytes,
      fields: { entryId: owner.id, translations: { en: { caption: "Bench image" } }, credit: "Bench", licence: "CC0 1.0" },
      actor: { id: "bench", email: "bench@example.org", name: "Bench", role: "curator" },
    });
  }
  if (!(await db.tour.findUnique({ where: { slug: BENCH_TOUR }, select: { id: true } }))) {
    const { createTour } = await import("@/lib/data/tours/create-tour");
    const step = (slug: string, question = "") => ({
      kind: "entry" as const,
      entrySlug: slug,
      texts: { en: { title: "", narrative: "A step of the bench tour.", question } },
    });
    await createTour(
      {
        slug: BENCH_TOUR,
        shared: true,
        translations: { en: { title: "Bench tour", introduction: "Three entries spread over the collection." } },
        steps: [step(entries[0]!, "What does it commemorate?"), step(linked?.slug ?? entries[1]!), step(entries[2]!)],
      },
      { actor: null, status: "published" },
    );
  }
  const proposals = await proposeChanges(BENCH_PROPOSALS);
  const { createShortLink } = await import("@/lib/data/short-links/create-short-link");
  const { code: shortLink } = await createShortLink({ target: `/en/tours/${BENCH_TOUR}` });
  const firstTitle = (await db.entryTranslation.findFirst({ where: { locale: "en", entry: published }, orderBy: { entryId: "asc" } }))
    ?.title;
  const fixtures: PageFixtures = {
    entries,
    linkedEntry: linked?.slug ?? entries[0]!,
    articles,
    mentioningArticle: mentioning?.slug ?? articles[0]!,
    memorials,
    mediaId: media.id,
    entryCount,
    searches: ["memorial", "Мамаев", "mamaev kurgan", firstTitle ?? "battle", "zzqqxx"],
    tour: BENCH_TOUR,
    shortLink,
    proposals,
  };
  console.log(`RESULT ${JSON.stringify(fixtures)}`);
}

runIfMain("page-fixtures.ts", main);
