import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { fieldLabelParts } from "@/lib/revisions/field-label";
import { type TourEditInput, tourEditSchema } from "@/lib/validation/tour";
import { CURATOR, EDITOR } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createTour } = await import("@/lib/data/tours/create-tour");
const { TOUR } = await import("@/lib/data/tours/tour-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { listReviewQueue } = await import("@/lib/data/review/list-review-queue");
const { countReviewQueue } = await import("@/lib/data/review/count-review-queue");
const { decideReviewItem } = await import("@/lib/data/review/decide-review-item");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { recordChanges } = await import("@/lib/data/publishing/record-changes");
const { saveRecordEdit } = await import("@/lib/data/publishing/save-record-edit");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { getRecordForPerson } = await import("@/lib/data/publishing/get-record-for-person");
const { approvePendingRevision } = await import("@/lib/data/publishing/approve-pending-revision");
const { declinePendingRevision } = await import("@/lib/data/publishing/decline-pending-revision");
const { listPendingRevisions } = await import("@/lib/data/review/list-pending-revisions");
const { getSendBackReason } = await import("@/lib/data/publishing/get-send-back-reason");
const { listSubmissionOutcomes } = await import("@/lib/data/review/list-submission-outcomes");
const { db } = await import("@/lib/db");

const TEACHER: StaffUser = { id: "teacher-1", email: "teacher@example.org", name: "Tess Teacher", role: "teacher" };
const FIRST_PAGE = { page: 1, size: 50 };

function tourEdit(slug: string, overrides: Partial<TourEditInput> = {}): TourEditInput {
  return {
    slug,
    translations: { en: { title: `Tour ${slug}`, introduction: "For year 9" }, ru: { title: `Экскурсия ${slug}`, introduction: "" } },
    steps: [
      { kind: "entry", entrySlug: "battles-of-rzhev", texts: { en: { narrative: "Where it began" } } },
      { kind: "slide", texts: { en: { title: "Think", narrative: "A pause" } } },
    ],
    ...overrides,
  };
}

async function tourState(id: string): Promise<{ status: string; version: number }> {
  return db.tour.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
}

async function submittedTour(slug: string): Promise<string> {
  const { id } = await createTour(tourEdit(slug), { actor: TEACHER });
  await changeRecordStatus(TOUR, { id, expectedVersion: (await tourState(id)).version, to: "in_review", actor: TEACHER });
  return id;
}

beforeAll(async () => {
  await seedReferenceData();
  for (const user of [TEACHER, CURATOR, EDITOR]) await db.user.create({ data: { ...user } });
}, 60_000);

describe("a tour sent for review", () => {
  it("waits in the shared queue beside entries and articles, with who sent it, and counts in the badge", async () => {
    const before = await countReviewQueue();
    const id = await submittedTour("queued-tour");
    expect(await countReviewQueue()).toBe(before + 1);
    const queue = await listReviewQueue({ locale: "ru", page: FIRST_PAGE });
    const item = queue.items.find((i) => i.id === id);
    expect(item).toMatchObject({
      type: "tour",
      slug: "queued-tour",
      title: "Экскурсия queued-tour",
      kind: null,
      version: (await tourState(id)).version,
      submittedBy: { name: "Tess Teacher", email: "teacher@example.org" },
    });
    expect(queue.total).toBe(before + 1);
  });

  it("is published by a curator from the queue, and leaves it", async () => {
    const id = await submittedTour("tour-to-publish");
    const { version } = await tourState(id);
    expect(await decideReviewItem({ type: "tour", id, expectedVersion: version, to: "published", actor: CURATOR })).toBe("published");
    expect((await tourState(id)).status).toBe("published");
    expect((await listReviewQueue({ locale: "en", page: FIRST_PAGE })).items.some((i) => i.id === id)).toBe(false);
  });

  it("is refused to an editor, and a decision on a version changed meanwhile is stale", async () => {
    const id = await submittedTour("tour-stale");
    const { version } = await tourState(id);
    await expect(decideReviewItem({ type: "tour", id, expectedVersion: version, to: "published", actor: EDITOR })).rejects.toThrow();
    expect(await decideReviewItem({ type: "tour", id, expectedVersion: version - 1, to: "published", actor: CURATOR })).toBe("stale");
    expect(await tourState(id)).toEqual({ status: "in_review", version });
  });
});

describe("a tour sent back from the queue", () => {
  it("keeps the curator's reason with the status change, for its teacher to read on the tour, in its history and outcomes", async () => {
    const id = await submittedTour("tour-sent-back");
    const { version } = await tourState(id);
    expect(
      await decideReviewItem({
        type: "tour",
        id,
        expectedVersion: version,
        to: "draft",
        actor: CURATOR,
        reason: "  Add a source to step 2. ",
      }),
    ).toBe("returned");
    expect(await getSendBackReason(TOUR, id)).toMatchObject({ reason: "Add a source to step 2.", by: CURATOR.email });
    expect((await listRecordRevisions(TOUR, id))[0]).toMatchObject({ action: "status", note: "Add a source to step 2." });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "tour.status.draft" } });
    expect(JSON.parse(audit.detail)).toEqual({ version: version + 1, reason: "Add a source to step 2." });
    expect((await listSubmissionOutcomes({ authorId: TEACHER.id, locale: "en" })).find((o) => o.id === id)).toMatchObject({
      outcome: "returned",
      reason: "Add a source to step 2.",
    });
    // Sent for review again, the old reason no longer stands.
    await changeRecordStatus(TOUR, { id, expectedVersion: version + 1, to: "in_review", actor: TEACHER });
    expect(await getSendBackReason(TOUR, id)).toBeNull();
  });

  it("keeps no reason for a publication", async () => {
    const id = await submittedTour("tour-published-no-reason");
    const { version } = await tourState(id);
    await decideReviewItem({ type: "tour", id, expectedVersion: version, to: "published", actor: CURATOR, reason: "ignored" });
    expect((await listRecordRevisions(TOUR, id))[0]).toMatchObject({ action: "status", note: null });
  });
});

describe("a tour's history", () => {
  it("says which steps were added, removed, moved and changed, numbered as the tour shows them", async () => {
    const { id } = await createTour(
      tourEdit("tour-with-history", {
        steps: [
          { kind: "entry", entrySlug: "battles-of-rzhev", texts: { en: { narrative: "Where it began" } } },
          { kind: "slide", texts: { en: { title: "Think", narrative: "A pause" } } },
          { kind: "entry", entrySlug: "rzhev-memorial", latitude: 56.2, longitude: 34.3, zoom: 8, texts: {} },
        ],
      }),
      { actor: TEACHER },
    );
    await updateRecord(TOUR, {
      id,
      expectedVersion: 1,
      actor: TEACHER,
      edit: tourEditSchema.parse(
        tourEdit("tour-with-history", {
          translations: {
            en: { title: "Tour tour-with-history", introduction: "For year 10" },
            ru: { title: "Экскурсия", introduction: "" },
          },
          steps: [
            { kind: "entry", entrySlug: "rzhev-memorial", latitude: 56.2, longitude: 34.3, zoom: 9, texts: {} },
            { kind: "entry", entrySlug: "battles-of-rzhev", texts: { en: { narrative: "Where it all began" } } },
            { kind: "entry", entrySlug: "mamayev-kurgan", texts: {} },
          ],
        }),
      ),
    });
    const [latest, first] = await listRecordRevisions(TOUR, id);
    const changes = recordChanges(TOUR, first!.snapshot, latest!.snapshot);
    expect(changes).toEqual([
      { field: "translations.en.introduction", before: "For year 9", after: "For year 10" },
      { field: "translations.ru.title", before: "Экскурсия tour-with-history", after: "Экскурсия" },
      { field: "steps.2.removed", before: "Think", after: "" },
      { field: "steps.1.view", before: "56.2, 34.3, zoom 8", after: "56.2, 34.3, zoom 9" },
      { field: "steps.2.moved", before: "1. battles-of-rzhev", after: "2. battles-of-rzhev" },
      { field: "steps.2.texts.en.narrative", before: "Where it began", after: "Where it all began" },
      { field: "steps.3.added", before: "", after: "mamayev-kurgan" },
    ]);
    // The first revision says what the tour was made with.
    expect(
      recordChanges(TOUR, null, first!.snapshot)
        .filter((c) => c.field.endsWith(".added"))
        .map((c) => c.after),
    ).toEqual(["battles-of-rzhev", "Think", "rzhev-memorial"]);
  });

  it("names each step change the way a history labels it", () => {
    expect(fieldLabelParts("steps.3.added")).toEqual({ kind: "step", number: 3, change: "added" });
    expect(fieldLabelParts("steps.12.window")).toEqual({ kind: "step", number: 12, change: "window" });
    expect(fieldLabelParts("steps.2.texts.ru.question")).toEqual({ kind: "stepText", number: 2, locale: "ru", field: "question" });
  });
});

describe("a teacher's change to their published tour", () => {
  async function publishedTour(slug: string): Promise<string> {
    const id = await submittedTour(slug);
    await changeRecordStatus(TOUR, { id, expectedVersion: (await tourState(id)).version, to: "published", actor: CURATOR });
    return id;
  }
  const changed = (slug: string) =>
    tourEditSchema.parse(
      tourEdit(slug, { steps: [...(tourEdit(slug).steps ?? []), { kind: "entry", entrySlug: "mamayev-kurgan", texts: {} }] }),
    );

  it("is proposed, leaving the published tour as it is, and waits in the queue with its step changes", async () => {
    const id = await publishedTour("proposed-tour");
    const { version } = await tourState(id);
    const before = await countReviewQueue();
    expect(await saveRecordEdit(TOUR, { id, expectedVersion: version, edit: changed("proposed-tour"), actor: TEACHER })).toEqual({
      outcome: "proposed",
    });
    expect(await tourState(id)).toEqual({ status: "published", version });
    expect((await getRecordForEditing(TOUR, "proposed-tour"))!.snapshot.steps).toHaveLength(2);
    expect(await countReviewQueue()).toBe(before + 1);
    const waiting = (await listPendingRevisions({ locale: "en", page: { page: 1, size: 50 } })).items.find(
      (item) => item.slug === "proposed-tour",
    );
    expect(waiting).toMatchObject({ type: "tour", title: "Tour proposed-tour", proposedBy: { name: "Tess Teacher" } });
    expect(waiting!.changes).toEqual([{ field: "steps.3.added", before: "", after: "mamayev-kurgan" }]);
    // The teacher's editor opens on their proposal.
    const mine = (await getRecordForPerson(TOUR, "proposed-tour", TEACHER.id))!;
    expect(mine.own?.status).toBe("pending");
    expect(mine.opened.snapshot.steps).toHaveLength(3);
  });

  it("goes live when a curator approves it, in the teacher's name", async () => {
    const id = await publishedTour("approved-tour");
    await saveRecordEdit(TOUR, { id, expectedVersion: (await tourState(id)).version, edit: changed("approved-tour"), actor: TEACHER });
    const pending = (await listPendingRevisions({ locale: "en", page: { page: 1, size: 50 } })).items.find(
      (item) => item.slug === "approved-tour",
    )!;
    await approvePendingRevision(TOUR, { pendingId: pending.pendingId, seenAt: pending.proposedAt, actor: CURATOR });
    expect((await getRecordForEditing(TOUR, "approved-tour"))!.snapshot).toMatchObject({ status: "published", steps: { length: 3 } });
    expect((await listRecordRevisions(TOUR, id))[0]).toMatchObject({ action: "approve", authorEmail: TEACHER.email });
  });

  it("stays as it is when a curator declines the change, with a reason the teacher reads", async () => {
    const other = await publishedTour("declined-tour");
    await saveRecordEdit(TOUR, {
      id: other,
      expectedVersion: (await tourState(other)).version,
      edit: changed("declined-tour"),
      actor: TEACHER,
    });
    const declined = (await listPendingRevisions({ locale: "en", page: { page: 1, size: 50 } })).items.find(
      (item) => item.slug === "declined-tour",
    )!;
    await declinePendingRevision(TOUR, {
      pendingId: declined.pendingId,
      seenAt: declined.proposedAt,
      reason: "One memorial is enough",
      actor: CURATOR,
    });
    expect((await getRecordForPerson(TOUR, "declined-tour", TEACHER.id))!.own).toMatchObject({
      status: "declined",
      reason: "One memorial is enough",
    });
    expect((await getRecordForEditing(TOUR, "declined-tour"))!.snapshot.steps).toHaveLength(2);
  });

  it("is refused to another teacher, who may not change the tour at all", async () => {
    const id = await publishedTour("someone-elses-tour");
    const other: StaffUser = { id: "teacher-2", email: "other@example.org", name: "Other", role: "teacher" };
    await expect(
      saveRecordEdit(TOUR, { id, expectedVersion: (await tourState(id)).version, edit: changed("someone-elses-tour"), actor: other }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.pendingRevision.count({ where: { tourId: id } })).toBe(0);
  });
});
