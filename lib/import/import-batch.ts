import "server-only";
import type { StaffUser } from "@/lib/auth/current-user";
import { createEntries } from "@/lib/data/entries/create-entries";
import { ENTRY } from "@/lib/data/entries/entry-record";
import type { NewEntry } from "@/lib/data/entries/new-entry";
import { snapshotToEdit } from "@/lib/data/entries/snapshot-to-edit";
import { findExistingTags } from "@/lib/data/imports/find-existing-tags";
import { findImportMatches, type MatchedEntry } from "@/lib/data/imports/find-import-matches";
import { type DuplicateCandidate, findPossibleDuplicates } from "@/lib/data/imports/find-possible-duplicates";
import { findSourceKeysByUrl } from "@/lib/data/imports/find-source-keys";
import { findTakenSlugs } from "@/lib/data/imports/find-taken-slugs";
import { readMatchedSnapshots } from "@/lib/data/imports/read-matched-snapshots";
import { updateRecord } from "@/lib/data/publishing/update-record";
import { isAppError } from "@/lib/errors/app-error";
import { type EntryEdit, entryEditSchema } from "@/lib/validation/entry-edit";
import { mergeRowIntoEdit, rowAsItSetsEntry, rowChangesEntry } from "./compare-with-entry";
import { DUPLICATE_RADIUS_KM } from "./import-limits";
import { type BatchOutcome, emptyOutcome, type ReportRow, type ReportText } from "./import-report";
import { type ImportMessage, type ImportRecord, type ImportRow, isUnreadable } from "./import-row";
import { importReason, issueReason, refusalReason } from "./report-text";
import { columnOfPath, rowEditInput } from "./row-edit";
import { slugFromTitle } from "./slug-from-title";
import { readSourceLine } from "./source-line";
import { readSpreadsheetDate } from "./spreadsheet-date";

/** What stays the same for every batch of one file. */
export interface ImportRun {
  actor: StaffUser;
  dryRun: boolean;
  /** The job the batches belong to: each entry it creates names it. Null for batches run outside a job. */
  jobId: string | null;
  /** External ids and slugs of earlier rows of the file: a second row with one is refused, not imported twice. */
  seenExternalIds: Set<string>;
  seenSlugs: Set<string>;
}

export function newImportRun(actor: StaffUser, dryRun: boolean, jobId: string | null = null): ImportRun {
  return { actor, dryRun, jobId, seenExternalIds: new Set(), seenSlugs: new Set() };
}

const titleOf = (row: ImportRow) => row.entry.texts.en?.title || row.entry.texts.ru?.title || row.entry.slug || "";

/** A row that passed the editor's checks: a new entry (match null), or an edit of the entry it matched. */
interface Checked {
  row: ImportRow;
  edit: EntryEdit;
  match: MatchedEntry | null;
}

class BatchReport {
  readonly outcome: BatchOutcome = emptyOutcome();
  fail(row: ImportRow, reason: ReportText, column?: string): void {
    this.outcome.failed++;
    this.outcome.report.push({ line: row.line, outcome: "failed", title: titleOf(row), reason, ...(column ? { column } : {}) });
  }
  failWith(row: ImportRow, message: ImportMessage, column?: string): void {
    this.fail(row, importReason(message), column);
  }
  unreadable(line: number, message: ImportMessage): void {
    this.outcome.failed++;
    this.outcome.report.push({ line, outcome: "failed", title: "", reason: importReason(message) });
  }
  flag(row: ImportRow, candidates: NonNullable<ReportRow["candidates"]>): void {
    this.outcome.duplicates++;
    this.outcome.report.push({ line: row.line, outcome: "duplicate", title: titleOf(row), reason: { en: "", ru: "" }, candidates });
  }
}

/** A unique address for each new row that gives none: its title's, with -2, -3… where that is taken. */
async function assignSlugs(rows: ImportRow[], run: ImportRun): Promise<Map<ImportRow, string>> {
  const slugOf = new Map<ImportRow, string>();
  let pending = rows.map((row) => ({ row, base: slugFromTitle(titleOf(row)), n: 1 }));
  for (let round = 0; pending.length > 0 && round < 20; round++) {
    const candidate = (p: (typeof pending)[number]) => (p.n === 1 ? p.base : `${p.base.slice(0, 110)}-${p.n}`);
    const taken = await findTakenSlugs(pending.map(candidate));
    const next: typeof pending = [];
    for (const p of pending) {
      const slug = candidate(p);
      if (taken.has(slug) || run.seenSlugs.has(slug)) next.push({ ...p, n: p.n + 1 });
      else {
        run.seenSlugs.add(slug);
        slugOf.set(p.row, slug);
      }
    }
    pending = next;
  }
  return slugOf;
}

/**
 * One batch of a file's rows, written as the editor would write them (one transaction for the new
 * entries, through createEntries; an update through updateRecord, entry by entry):
 * - a row that names an entry already there (by external id, else Wikidata id, else slug) updates it
 *   when it differs and is counted unchanged when it does not, so importing a file twice changes nothing;
 * - any other row is a new draft, unless an entry with the same or a similar name is near it: then it
 *   is flagged for a person and not created;
 * - a row the editor's schema refuses, or the data layer refuses, and a record the file's reader
 *   could not read, are reported with their reasons, and the others are still written.
 * A dry run decides all of this and writes nothing. The report lists the batch's rows in file order.
 */
export async function importBatch(records: readonly ImportRecord[], run: ImportRun): Promise<BatchOutcome> {
  const outcome = await importRows(records, run);
  outcome.report.sort((a, b) => a.line - b.line);
  return outcome;
}

async function importRows(records: readonly ImportRecord[], run: ImportRun): Promise<BatchOutcome> {
  const report = new BatchReport();

  // Rows repeating an earlier row's id would import the same thing twice.
  const fresh: ImportRow[] = [];
  for (const row of records) {
    if (isUnreadable(row)) {
      report.unreadable(row.line, row.reason);
      continue;
    }
    const slug = row.entry.slug.trim();
    if (row.externalId && run.seenExternalIds.has(row.externalId))
      report.failWith(row, { key: "externalIdTwice", params: { id: row.externalId } });
    else if (slug && run.seenSlugs.has(slug)) report.failWith(row, { key: "slugTwice", params: { slug } }, "slug");
    else {
      if (row.externalId) run.seenExternalIds.add(row.externalId);
      if (slug) run.seenSlugs.add(slug);
      fresh.push(row);
    }
  }

  const matches = await findImportMatches({
    externalIds: fresh.flatMap((row) => (row.externalId ? [row.externalId] : [])),
    wikidataIds: fresh.flatMap((row) => (row.entry.wikidataId ? [row.entry.wikidataId] : [])),
    slugs: fresh.flatMap((row) => (row.entry.slug ? [row.entry.slug] : [])),
  });
  const sourceKeys = await findSourceKeysByUrl(fresh.flatMap((row) => row.entry.sources.map((line) => readSourceLine(line).url)));
  const tags = await findExistingTags(fresh.flatMap((row) => row.entry.tags));

  const matched = new Map<ImportRow, MatchedEntry>();
  const unmatched: ImportRow[] = [];
  for (const row of fresh) {
    const unknownTag = row.entry.tags.find((tag) => !tags.has(tag));
    if (unknownTag !== undefined) {
      report.failWith(row, { key: "unknownTheme", params: { tag: unknownTag } }, "tags");
      continue;
    }
    const match =
      (row.externalId && matches.byExternalId.get(row.externalId)) ||
      (row.entry.wikidataId && matches.byWikidataId.get(row.entry.wikidataId)) ||
      (row.entry.slug && matches.bySlug.get(row.entry.slug)) ||
      null;
    if (match && row.externalId && match.externalId && match.externalId !== row.externalId) {
      report.failWith(row, { key: "externalIdElsewhere", params: { slug: match.slug } });
    } else if (match) matched.set(row, match);
    else unmatched.push(row);
  }

  const slugOf = await assignSlugs(
    unmatched.filter((row) => !row.entry.slug),
    run,
  );
  const checked: Checked[] = [];
  for (const row of fresh) {
    const match = matched.get(row) ?? null;
    if (!match && !unmatched.includes(row)) continue;
    const slug = match ? match.slug : row.entry.slug || slugOf.get(row);
    if (!slug) continue;
    // A date as a spreadsheet writes it ("09.05.1975", "1941–1945 гг.") becomes EDTF before the editor's schema sees it.
    const date = readSpreadsheetDate(row.entry.date);
    if ("refused" in date) {
      report.failWith(row, date.refused, "date");
      continue;
    }
    const parsed = entryEditSchema.safeParse(rowEditInput({ ...row.entry, date: date.edtf }, slug, sourceKeys));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      report.fail(row, issueReason(issue), columnOfPath(issue.path));
      continue;
    }
    checked.push({ row, edit: parsed.data, match });
  }

  const toCreate: Checked[] = [];
  const placed = checked.filter((c) => !c.match && c.edit.latitude !== null && c.edit.longitude !== null);
  const candidatesOf = new Map<Checked, DuplicateCandidate[]>();
  const lookedUp = await findPossibleDuplicates(
    placed.map(({ edit }) => ({
      latitude: edit.latitude!,
      longitude: edit.longitude!,
      kind: edit.kind,
      names: Object.values(edit.translations).flatMap((t) => [t.title, ...t.aliases]),
    })),
    DUPLICATE_RADIUS_KM,
  );
  placed.forEach((item, i) => {
    candidatesOf.set(item, lookedUp[i]!);
  });
  for (const item of checked.filter((c) => !c.match)) {
    const candidates = candidatesOf.get(item) ?? [];
    if (candidates.length > 0) report.flag(item.row, candidates);
    else toCreate.push(item);
  }

  await updateMatched(
    checked.filter((c) => c.match),
    run,
    report,
  );
  await createNew(toCreate, run, report);
  return report.outcome;
}

async function updateMatched(items: Checked[], run: ImportRun, report: BatchReport): Promise<void> {
  if (items.length === 0) return;
  const snapshots = await readMatchedSnapshots(items.map((item) => item.match!.id));
  for (const item of items) {
    const current = snapshots.get(item.match!.id);
    if (!current) {
      report.failWith(item.row, { key: "notWritten", params: { reason: "the entry was deleted meanwhile" } });
      continue;
    }
    const row = rowAsItSetsEntry(item.edit, current.snapshot, item.row.columns);
    if (!rowChangesEntry(current.snapshot, row)) {
      report.outcome.unchanged++;
      continue;
    }
    if (!run.dryRun) {
      try {
        const edit = mergeRowIntoEdit(await snapshotToEdit(current.snapshot), row);
        await updateRecord(ENTRY, { id: item.match!.id, expectedVersion: current.version, edit, actor: run.actor });
      } catch (error) {
        if (!isAppError(error)) throw error;
        report.fail(item.row, refusalReason(error), error.field);
        continue;
      }
    }
    report.outcome.updated++;
  }
}

const newEntry = (item: Checked): NewEntry => ({
  entry: item.edit,
  status: "draft",
  externalId: item.row.externalId,
  tags: item.row.entry.tags,
});

/** The batch's new drafts in one transaction; if the data layer refuses one, each is written alone so only that row fails. */
async function createNew(items: Checked[], run: ImportRun, report: BatchReport): Promise<void> {
  if (items.length === 0) return;
  if (run.dryRun) {
    report.outcome.created += items.length;
    return;
  }
  try {
    await createEntries(items.map(newEntry), { actor: run.actor, batchSize: items.length, importJobId: run.jobId });
    report.outcome.created += items.length;
    return;
  } catch (error) {
    if (items.length === 1) {
      report.fail(items[0]!.row, failureText(error), isAppError(error) ? error.field : undefined);
      return;
    }
  }
  for (const item of items) {
    try {
      await createEntries([newEntry(item)], { actor: run.actor, importJobId: run.jobId });
      report.outcome.created++;
    } catch (error) {
      report.fail(item.row, failureText(error), isAppError(error) ? error.field : undefined);
    }
  }
}

function failureText(error: unknown): ReportText {
  if (isAppError(error)) return refusalReason(error);
  return importReason({ key: "notWritten", params: { reason: error instanceof Error ? error.message.split("\n")[0]! : String(error) } });
}
