import { describe, expect, it } from "vitest";
import { emptyLedger, type Ledger, markAfterCheck, noCheckYet, recordKey, writesSince } from "@/scripts/trust/write-ledger";

function ledgerWithTwoEntries(): Ledger {
  const ledger = emptyLedger();
  ledger.entries.set("trust-a", { id: "a", versions: [1, 2] });
  ledger.entries.set("trust-b", { id: "b", versions: [1] });
  ledger.articles.set("trust-c", { id: "c", versions: [1] });
  ledger.uploads.push({ id: "m1", filePath: "m1.png", thumbPath: "m1-thumb.webp" });
  ledger.imports.push({ id: "j1", prefix: "trust-import-j1-", rows: 3, badLines: [2] });
  ledger.imports.push({ id: "j2", prefix: "trust-import-j2-", rows: 3, badLines: [3] });
  ledger.sent.push(recordKey("entry", "trust-a"), recordKey("entry", "trust-a"), recordKey("entry", "trust-b"));
  return ledger;
}

const learned = (importStates: Record<string, string>) => ({
  importStates: new Map(Object.entries(importStates)),
  seenVersions: new Map<string, number>(),
  tables: noCheckYet().tables,
});

describe("the crash test's ledger of what is checked after each restart", () => {
  it("before any check, owes every acknowledged write and every send", () => {
    const due = writesSince(ledgerWithTwoEntries(), noCheckYet());
    expect(due.versions.map(({ kind, slug, version }) => `${kind} ${slug} ${version}`)).toEqual([
      "entry trust-a 1",
      "entry trust-a 2",
      "entry trust-b 1",
      "article trust-c 1",
    ]);
    expect(due.uploads.map((upload) => upload.id)).toEqual(["m1"]);
    expect(due.imports.map((job) => job.id)).toEqual(["j1", "j2"]);
    expect(due.sent).toEqual(["entry trust-a", "entry trust-b"]);
  });

  it("after a check, owes only what was acknowledged or sent since, and the imports that had not ended", () => {
    const ledger = ledgerWithTwoEntries();
    const mark = markAfterCheck(ledger, noCheckYet(), learned({ j1: "done", j2: "to resume" }));
    expect(writesSince(ledger, mark)).toEqual({ versions: [], uploads: [], imports: [ledger.imports[1]], sent: [] });

    ledger.entries.get("trust-b")!.versions.push(2);
    ledger.entries.set("trust-d", { id: "d", versions: [1] });
    ledger.uploads.push({ id: "m2", filePath: "m2.png", thumbPath: "m2-thumb.webp" });
    ledger.imports.push({ id: "j3", prefix: "trust-import-j3-", rows: 40, badLines: [7] });
    ledger.sent.push(recordKey("article", "trust-c"));
    const due = writesSince(ledger, mark);
    expect(due.versions.map(({ slug, version }) => `${slug} ${version}`)).toEqual(["trust-b 2", "trust-d 1"]);
    expect(due.uploads.map((upload) => upload.id)).toEqual(["m2"]);
    expect(due.imports.map((job) => job.id)).toEqual(["j2", "j3"]);
    expect(due.sent).toEqual(["article trust-c"]);

    // The job that was to resume has ended since: it is owed no more.
    const next = markAfterCheck(ledger, mark, learned({ j2: "done", j3: "done" }));
    expect(writesSince(ledger, next)).toEqual({ versions: [], uploads: [], imports: [], sent: [] });
    expect(next.importStates).toEqual(
      new Map([
        ["j1", "done"],
        ["j2", "done"],
        ["j3", "done"],
      ]),
    );
  });

  it("a fresh mark owes everything again, for the last check of a run", () => {
    const ledger = ledgerWithTwoEntries();
    markAfterCheck(ledger, noCheckYet(), learned({ j1: "done", j2: "done" }));
    expect(writesSince(ledger, noCheckYet()).versions).toHaveLength(4);
  });
});
