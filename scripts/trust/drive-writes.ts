import sharp from "sharp";
import type { StaffClient } from "./staff-client";
import { type Ledger, recordKey, TRUST_IMPORT_PREFIX, TRUST_SLUG_PREFIX } from "./write-ledger";

/** What one writer knows of the records it made: the version to send with its next save. */
interface Owned {
  slug: string;
  version: number;
}

export interface WriterState {
  name: string;
  entries: Owned[];
  articles: Owned[];
  made: number;
}

export interface DriveStats {
  /** Requests that got no answer because the server died under them: their outcome is unknown. */
  interrupted: number;
  /** Answers other than 2xx (409 after a crash ate an acknowledgement, 503 under a lock…), by status. */
  refused: Record<number, number>;
}

const entryBody = (slug: string, summary: string) => ({
  slug,
  kind: "place",
  translations: { en: { title: `Trust ${slug}`, summary }, ru: { title: "" } },
});
const articleCreate = (slug: string, body: string) => ({ slug, translations: { en: { title: `Trust ${slug}`, body } } });
const articleEdit = (slug: string, body: string) => ({ slug, language: "en", translations: { en: { title: `Trust ${slug}`, body } } });

/** Entries and articles are written the same way through their APIs: create, then saves against a version. */
interface RecordKind {
  name: "entry" | "article";
  path: string;
  createBody: (slug: string, text: string) => unknown;
  editBody: (slug: string, text: string) => unknown;
  acknowledged: (ledger: Ledger) => Ledger["entries"];
  owned: (state: WriterState) => Owned[];
}

const RECORDS: Record<"entry" | "article", RecordKind> = {
  entry: {
    name: "entry",
    path: "/api/v1/admin/entries",
    createBody: entryBody,
    editBody: entryBody,
    acknowledged: (ledger) => ledger.entries,
    owned: (state) => state.entries,
  },
  article: {
    name: "article",
    path: "/api/v1/admin/articles",
    createBody: articleCreate,
    editBody: articleEdit,
    acknowledged: (ledger) => ledger.articles,
    owned: (state) => state.articles,
  },
};

async function png(random: () => number): Promise<Buffer> {
  const colour = { r: Math.floor(random() * 256), g: Math.floor(random() * 256), b: Math.floor(random() * 256) };
  return sharp({ create: { width: 24, height: 16, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/** Rows per import: a few, or enough to take more than one batch (500 rows), so a kill can land between batches. */
const IMPORT_ROWS = [3, 40, 700];

/**
 * A CSV of `rows` new entries named `<prefix><row>` (slug and external id), with no place (so none is
 * held back as a possible duplicate), and one row with an impossible date, which the importer must
 * refuse and report by its line.
 */
function importCsv(prefix: string, rows: number, badRow: number): string {
  const lines = ["external_id,slug,kind,title_en,title_ru,date"];
  for (let row = 0; row < rows; row++) {
    const id = `${prefix}${row}`;
    lines.push(`${id},${id},place,Trust import ${id},,${row === badRow ? "1942-13-45" : String(1900 + (row % 120))}`);
  }
  return `${lines.join("\n")}\n`;
}

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/**
 * One writer: entry creates and saves, article creates and saves, CSV imports of new entries, image
 * uploads to its own drafts, one request at a time until `running()` turns false. A 2xx answer goes into the ledger; a 409
 * (a save that committed but whose answer a crash swallowed) moves the writer to the current version.
 */
export async function driveWrites(options: {
  client: StaffClient;
  state: WriterState;
  ledger: Ledger;
  stats: DriveStats;
  random: () => number;
  running: () => boolean;
}): Promise<void> {
  const { client, state, ledger, stats, random } = options;

  async function create(kind: RecordKind, text: string) {
    const slug = `${TRUST_SLUG_PREFIX}${state.name}-${kind.name}-${state.made++}`;
    ledger.sent.push(recordKey(kind.name, slug));
    const response = await client.json("POST", kind.path, kind.createBody(slug, text));
    const onSuccess = (body: Record<string, unknown>) => {
      kind.acknowledged(ledger).set(slug, { id: String(body.id), versions: [1] });
      kind.owned(state).push({ slug, version: 1 });
    };
    return { response, onSuccess };
  }

  async function save(kind: RecordKind, text: string) {
    const owned = pick(random, kind.owned(state))!;
    ledger.sent.push(recordKey(kind.name, owned.slug));
    const response = await client.json("PUT", `${kind.path}/${owned.slug}`, {
      expectedVersion: owned.version,
      [kind.name]: kind.editBody(owned.slug, text),
    });
    const onSuccess = (body: Record<string, unknown>) => {
      owned.version = Number(body.version);
      kind.acknowledged(ledger).get(owned.slug)?.versions.push(owned.version);
    };
    return { response, onSuccess, owned };
  }
  while (options.running()) {
    const roll = random();
    const text = `Saved at ${new Date().toISOString()} (${random().toString(36).slice(2)})`;
    let response: Response;
    let onSuccess: (body: Record<string, unknown>) => void;
    let owned: Owned | undefined;
    try {
      if (state.entries.length === 0 || roll < 0.2) ({ response, onSuccess } = await create(RECORDS.entry, text));
      else if (roll < 0.55) ({ response, onSuccess, owned } = await save(RECORDS.entry, text));
      else if (state.articles.length === 0 || roll < 0.65) ({ response, onSuccess } = await create(RECORDS.article, text));
      else if (roll < 0.8) ({ response, onSuccess, owned } = await save(RECORDS.article, text));
      else if (roll < 0.87) {
        const prefix = `${TRUST_IMPORT_PREFIX}${state.name}-${state.made++}-`;
        const rows = pick(random, IMPORT_ROWS)!;
        const badRow = Math.floor(random() * rows);
        const form = new FormData();
        form.set("file", new Blob([importCsv(prefix, rows, badRow)], { type: "text/csv" }), "trust.csv");
        response = await client.request("/api/v1/admin/imports", { method: "POST", body: form });
        onSuccess = (body) => {
          ledger.imports.push({ id: String(body.id), prefix, rows, badLines: [badRow + 2] });
        };
      } else {
        const entry = pick(random, state.entries)!;
        const form = new FormData();
        form.set("file", new Blob([new Uint8Array(await png(random))], { type: "image/png" }), "trust.png");
        form.set("entrySlug", entry.slug);
        form.set("caption_en", text);
        form.set("credit", "Trust harness");
        form.set("licence", "CC0 1.0");
        response = await client.request("/api/v1/admin/media", { method: "POST", body: form });
        onSuccess = (body) => {
          ledger.uploads.push({ id: String(body.id), filePath: String(body.filePath), thumbPath: String(body.thumbPath) });
        };
      }
    } catch {
      stats.interrupted += 1;
      continue;
    }
    let body: Record<string, unknown> | null;
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      // A 2xx cut off mid-body is not an acknowledgement; an error page need not be JSON.
      body = null;
    }
    if (response.ok) {
      if (body) onSuccess(body);
      else stats.interrupted += 1;
      continue;
    }
    stats.refused[response.status] = (stats.refused[response.status] ?? 0) + 1;
    if (response.status === 409 && owned && typeof body?.currentVersion === "number") owned.version = body.currentVersion;
  }
}
