import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { db } = await import("@/lib/db");
const { listAuditEvents } = await import("@/lib/data/audit/list-audit-events");
const { listAuditFacets } = await import("@/lib/data/audit/list-audit-facets");
const { beforeParam, parseAuditQuery } = await import("@/lib/audit/audit-query");

const SAME_MOMENT = new Date("2026-01-01T10:00:00.000Z");

beforeAll(async () => {
  // Twelve events, five of them in the same millisecond, by two people; one names an entry that exists.
  const entry = await db.entry.create({ data: { slug: "audited-entry", kind: "place", status: "draft" }, select: { id: true } });
  for (let i = 0; i < 12; i += 1) {
    await db.auditEvent.create({
      data: {
        id: `event-${String(i).padStart(2, "0")}`,
        at: i < 5 ? SAME_MOMENT : new Date(SAME_MOMENT.getTime() + i * 1000),
        actorEmail: i % 2 ? "b@example.org" : "a@example.org",
        action: i % 3 ? "entry.update" : "entry.create",
        targetType: "entry",
        targetId: i === 11 ? entry.id : `gone-${i}`,
      },
    });
  }
});

describe("the audit log", () => {
  it("pages newest first without repeating or skipping events that share a moment", async () => {
    const seen: string[] = [];
    let before: { at: Date; id: string } | undefined;
    for (;;) {
      const page = await listAuditEvents({ limit: 4, before });
      seen.push(...page.events.map((e) => e.id));
      if (!page.next) break;
      before = page.next;
    }
    expect(seen).toEqual([
      "event-11",
      "event-10",
      "event-09",
      "event-08",
      "event-07",
      "event-06",
      "event-05",
      "event-04",
      "event-03",
      "event-02",
      "event-01",
      "event-00",
    ]);
  });

  it("filters by person and action, and links only targets that still exist", async () => {
    const { events } = await listAuditEvents({ limit: 50, actorEmail: "b@example.org", action: "entry.update" });
    expect(events.map((e) => e.id)).toEqual(["event-11", "event-07", "event-05", "event-01"]);
    expect(events.map((e) => e.targetSlug)).toEqual(["audited-entry", null, null, null]);
  });

  it("offers the people, actions and target kinds it holds", async () => {
    expect(await listAuditFacets()).toEqual({
      actors: ["a@example.org", "b@example.org"],
      actions: ["entry.create", "entry.update"],
      targetTypes: ["entry"],
    });
  });

  it("reads its address leniently: a malformed cursor is ignored, a good one round-trips", () => {
    const cursor = { at: SAME_MOMENT, id: "event-03" };
    expect(parseAuditQuery({ who: "a@example.org", before: beforeParam(cursor) })).toEqual({
      actorEmail: "a@example.org",
      action: undefined,
      targetType: undefined,
      before: cursor,
    });
    expect(parseAuditQuery({ who: "", before: "yesterday" })).toEqual({
      actorEmail: undefined,
      action: undefined,
      targetType: undefined,
      before: undefined,
    });
    expect(parseAuditQuery({ before: "2024-99-99T99:99Z_x" }).before).toBeUndefined();
  });
});
