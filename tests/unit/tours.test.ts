import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { type TourEditInput, tourEditSchema } from "@/lib/validation/tour";
import { CURATOR, EDITOR } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createTour } = await import("@/lib/data/tours/create-tour");
const { TOUR } = await import("@/lib/data/tours/tour-record");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { restoreRecordRevision } = await import("@/lib/data/publishing/restore-record-revision");
const { deleteRecord } = await import("@/lib/data/publishing/delete-record");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { db } = await import("@/lib/db");

const TEACHER: StaffUser = { id: "teacher-1", email: "teacher@example.org", name: "Teacher", role: "teacher" };
const OTHER_TEACHER: StaffUser = { id: "teacher-2", email: "other@example.org", name: "Other", role: "teacher" };

/** A three-step tour as the editor sends it: an entry, a slide, an article. */
function tourEdit(slug: string, overrides: Partial<TourEditInput> = {}): TourEditInput {
  return {
    slug,
    translations: { en: { title: `Tour ${slug}`, introduction: "For year 9" }, ru: { title: `Экскурсия ${slug}`, introduction: "" } },
    steps: [
      {
        kind: "entry",
        entrySlug: "battles-of-rzhev",
        latitude: 56.26,
        longitude: 34.33,
        zoom: 8,
        from: "1941-06-22",
        to: "1945-05-09",
        texts: { en: { narrative: "Where it began", question: "How long did it last?" } },
      },
      { kind: "slide", texts: { en: { title: "Think", narrative: "A pause" }, ru: { title: "Подумайте" } } },
      { kind: "article", articleSlug: "rzhev-memorial-central-figure-installation-begins", texts: {} },
    ],
    ...overrides,
  };
}

const edit = (slug: string, overrides?: Partial<TourEditInput>) => tourEditSchema.parse(tourEdit(slug, overrides));

beforeAll(async () => {
  await seedReferenceData();
  for (const user of [TEACHER, OTHER_TEACHER, CURATOR, EDITOR]) await db.user.create({ data: { ...user } });
}, 60_000);

describe("a tour's record", () => {
  it("keeps its steps in order with their views, windows and texts, and gets a first revision and audit line", async () => {
    const created = await createTour(tourEdit("rzhev-lesson"), { actor: TEACHER });
    const tour = (await getRecordForEditing(TOUR, "rzhev-lesson"))!;
    expect(tour.version).toBe(1);
    expect(tour.snapshot).toMatchObject({ status: "draft", shared: false, translations: { en: { title: "Tour rzhev-lesson" } } });
    expect(tour.snapshot.steps.map((s) => [s.kind, s.entrySlug ?? s.articleSlug])).toEqual([
      ["entry", "battles-of-rzhev"],
      ["slide", null],
      ["article", "rzhev-memorial-central-figure-installation-begins"],
    ]);
    expect(tour.snapshot.steps[0]).toMatchObject({ latitude: 56.26, zoom: 8, from: "1941-06-22", to: "1945-05-09" });
    expect(tour.snapshot.steps[1]?.texts).toEqual({
      en: { title: "Think", narrative: "A pause", question: "" },
      ru: { title: "Подумайте", narrative: "", question: "" },
    });
    const row = await db.tour.findUniqueOrThrow({ where: { id: created.id }, select: { ownerId: true, shareToken: true } });
    expect(row.ownerId).toBe(TEACHER.id);
    expect(row.shareToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await listRecordRevisions(TOUR, created.id)).map((r) => r.action)).toEqual(["create"]);
    expect(await db.auditEvent.count({ where: { targetId: created.id, action: "tour.create", actorId: TEACHER.id } })).toBe(1);
  });

  it("refuses a step naming an entry that does not exist, beside that step's field, and keeps nothing", async () => {
    const bad = tourEdit("bad-step", {
      steps: [
        { kind: "slide", texts: { en: { title: "x" } } },
        { kind: "entry", entrySlug: "no-such-entry" },
      ],
    });
    await expect(createTour(bad, { actor: TEACHER })).rejects.toMatchObject({ code: "NOT_FOUND", field: "steps.1.entrySlug" });
    expect(await db.tour.count({ where: { slug: "bad-step" } })).toBe(0);
  });

  it("checks steps in the schema the form and the API share", () => {
    const issues = (input: TourEditInput) => tourEditSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];
    expect(issues(tourEdit("x1", { steps: [{ kind: "entry" }] }))).toEqual([["steps.0.entrySlug", "required"]]);
    expect(issues(tourEdit("x2", { steps: [{ kind: "slide" }] }))).toEqual([["steps.0.texts.en.title", "titleInOneLanguage"]]);
    expect(
      issues(tourEdit("x3", { steps: [{ kind: "slide", from: "1943-01-01", to: "1942-01-01", texts: { en: { title: "t" } } }] })),
    ).toEqual([["steps.0.to", "invalidDate"]]);
    expect(issues(tourEdit("x4", { steps: [{ kind: "slide", latitude: 50, texts: { en: { title: "t" } } }] }))).toEqual([
      ["steps.0.latitude", "coordinatesBoth"],
    ]);
    expect(issues(tourEdit("x5", { translations: { en: { title: "" }, ru: { title: "" } } }))).toEqual([
      ["translations.en.title", "titleInOneLanguage"],
    ]);
  });
});

describe("who may change a tour", () => {
  it("lets a teacher edit their own tour, and not another teacher's; a curator edits any", async () => {
    const { id } = await createTour(tourEdit("owned"), { actor: TEACHER });
    const reordered = edit("owned", { steps: tourEdit("owned").steps!.slice().reverse() });
    await expect(updateRecord(TOUR, { id, expectedVersion: 1, edit: reordered, actor: OTHER_TEACHER })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(updateRecord(TOUR, { id, expectedVersion: 1, edit: reordered, actor: EDITOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await updateRecord(TOUR, { id, expectedVersion: 1, edit: reordered, actor: TEACHER })).toEqual({ version: 2 });
    const now = (await getRecordForEditing(TOUR, "owned"))!;
    expect(now.snapshot.steps.map((s) => s.kind)).toEqual(["article", "slide", "entry"]);
    expect(await updateRecord(TOUR, { id, expectedVersion: 2, edit: edit("owned", { shared: true }), actor: CURATOR })).toEqual({
      version: 3,
    });
  });

  it("lets a teacher send their tour for review but only a curator publish it; then it is the curators' to change", async () => {
    const { id } = await createTour(tourEdit("to-feature"), { actor: TEACHER });
    await expect(changeRecordStatus(TOUR, { id, expectedVersion: 1, to: "published", actor: TEACHER })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(changeRecordStatus(TOUR, { id, expectedVersion: 1, to: "in_review", actor: OTHER_TEACHER })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await changeRecordStatus(TOUR, { id, expectedVersion: 1, to: "in_review", actor: TEACHER })).toEqual({ version: 2 });
    expect(await changeRecordStatus(TOUR, { id, expectedVersion: 2, to: "published", actor: CURATOR })).toEqual({ version: 3 });
    await expect(updateRecord(TOUR, { id, expectedVersion: 3, edit: edit("to-feature"), actor: TEACHER })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createTour(tourEdit("published-by-teacher"), { actor: TEACHER, status: "published" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const audit = await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["tour.create", "tour.status.in_review", "tour.status.published"]);
  });

  it("restores an old revision's steps (curators) and deletes a tour with its steps", async () => {
    const { id } = await createTour(tourEdit("restored"), { actor: TEACHER });
    await updateRecord(TOUR, { id, expectedVersion: 1, edit: edit("restored", { steps: [] }), actor: TEACHER });
    await expect(restoreRecordRevision(TOUR, { id, version: 1, expectedVersion: 2, actor: TEACHER })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await restoreRecordRevision(TOUR, { id, version: 1, expectedVersion: 2, actor: CURATOR })).toEqual({ version: 3 });
    expect((await getRecordForEditing(TOUR, "restored"))!.snapshot.steps).toHaveLength(3);
    await deleteRecord(TOUR, { id, expectedVersion: 3, actor: CURATOR });
    expect(await db.tourStep.count({ where: { tourId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetId: id, action: "tour.delete" } })).toBe(1);
  });
});

describe("the featured tour in the reference data", () => {
  it("is published, in both languages, and every step shows a published entry with its sources", async () => {
    const { getTourForViewing } = await import("@/lib/data/tours/get-tour-for-viewing");
    const { listPublishedTours } = await import("@/lib/data/tours/list-published-tours");
    const published = await listPublishedTours({ locale: "ru", page: { page: 1, size: 6 } });
    expect(published.items.map((t) => t.slug)).toContain("from-rzhev-to-the-great-memorials");
    for (const locale of ["en", "ru"]) {
      const tour = (await getTourForViewing("from-rzhev-to-the-great-memorials", locale))!;
      expect(tour).toMatchObject({ status: "published", titleLocale: locale });
      expect(tour.steps.length).toBeGreaterThanOrEqual(5);
      for (const step of tour.steps) {
        expect(step.entry, `step ${step.number}`).not.toBeNull();
        expect(step.sources.length, `sources of step ${step.number}`).toBeGreaterThan(0);
        expect(step.narrative).not.toBe("");
        expect(step.view, `map view of step ${step.number}`).not.toBeNull();
        expect(step.window, `timeline window of step ${step.number}`).not.toBeNull();
      }
    }
  });
});
