import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { ADMIN, CURATOR, ensureAdmin, staffPage } from "./staff";

test.beforeAll(() => ensureAdmin());

test("an admin narrows the audit log by person and action, and opens the entry an event is about", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  const slug = `audited-${Date.now().toString(36)}`;
  const created = await curator.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "place", translations: { en: { title: "An audited place" }, ru: { title: "" } } },
  });
  expect(created.status()).toBe(201);

  const admin = await staffPage(browser, ADMIN);
  await admin.getByRole("link", { name: "Audit log" }).click();
  const filter = admin.getByRole("form", { name: "Filter the audit log" });
  await filter.getByRole("combobox", { name: "Who" }).selectOption(CURATOR.email);
  await filter.getByRole("combobox", { name: "Action" }).selectOption("entry.create");
  await filter.getByRole("button", { name: "Show" }).click();
  await expect(admin).toHaveURL(/who=curator%40demo\.invalid/);
  const rows = admin.getByRole("main").getByRole("row");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) {
    if (text.includes("When")) continue;
    expect(text).toContain(CURATOR.email);
    expect(text).toContain("entry.create");
  }
  expect(await seriousViolations(admin)).toEqual([]);
  await admin.getByRole("link", { name: `entry ${slug}` }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("An audited place");

  await admin.goto("/en/admin/audit?action=no.such.action");
  await expect(admin.getByText("No event matches.")).toBeVisible();
});
