import type { APIRequestContext, Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, createAccount, staffPage } from "./staff";

const TEACHER = { email: "e2e-tour-review-teacher@example.org", password: "e2e-tour-review-teacher-password" };

test.beforeAll(() => createAccount(TEACHER, "E2E Review Teacher", "teacher"));

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

const entryStep = (entrySlug: string, narrative: string) => ({ kind: "entry", entrySlug, texts: { en: { narrative } } });

/** A teacher's tour made through the API, as the editor would send it: two steps. */
async function createTour(request: APIRequestContext, slug: string, title: string): Promise<void> {
  const created = await request.post("/api/v1/admin/tours", {
    data: {
      slug,
      translations: { en: { title, introduction: "For the class" }, ru: { title: `${title} (ru)`, introduction: "" } },
      steps: [entryStep("battles-of-rzhev", "Where it began"), entryStep("rzhev-memorial", "How it is remembered")],
    },
  });
  expect(created.status()).toBe(201);
}

async function moveTour(request: APIRequestContext, slug: string, expectedVersion: number, to: string): Promise<void> {
  const moved = await request.post(`/api/v1/admin/tours/${slug}/status`, { data: { expectedVersion, to } });
  expect(moved.status()).toBe(200);
}

async function reviewLinkCount(page: Page): Promise<number> {
  const review = page.getByRole("navigation", { name: "Curation" }).getByRole("link", { name: /^Review\s*,/ });
  return Number((await review.textContent())?.match(/^Review \((\d+)\)/)?.[1]);
}

test("a teacher sends a tour for review; the curator finds it in the shared queue, counted in the badge, and publishes it there", async ({
  browser,
}) => {
  const slug = `queued-tour-${unique()}`;
  const title = `Tour waiting for review ${slug}`;
  const teacher = await staffPage(browser, TEACHER);
  await createTour(teacher.request, slug, title);
  const curator = await staffPage(browser, CURATOR);
  const waitingBefore = await reviewLinkCount(curator);

  await teacher.goto(`/en/admin/tours/${slug}`);
  await teacher.getByRole("button", { name: "Submit for review" }).click();
  await expect(teacher.getByText("Status: In review")).toBeVisible();

  await curator.reload();
  expect(await reviewLinkCount(curator)).toBe(waitingBefore + 1);
  await expect(curator.getByRole("region", { name: "Waiting for your review" }).getByRole("link", { name: title })).toBeVisible();

  await curator.goto("/ru/admin/review");
  const russianRow = curator.getByRole("row").filter({ has: curator.getByRole("link", { name: `${title} (ru)` }) });
  await expect(russianRow.getByRole("cell").nth(0)).toHaveText("Экскурсия");
  expect(await seriousViolations(curator)).toEqual([]);

  await curator.goto("/en/admin/review");
  const row = curator.getByRole("row").filter({ has: curator.getByRole("link", { name: title }) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Tour");
  await expect(row.getByRole("cell").nth(1)).toHaveText("E2E Review Teacher");
  await expect(row.getByRole("link", { name: title })).toHaveAttribute("href", `/en/admin/tours/${slug}`);
  expect(await seriousViolations(curator)).toEqual([]);
  await row.getByRole("button", { name: `Publish “${title}”` }).click();
  await curator.getByRole("dialog", { name: "Publish this tour?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByRole("main").getByRole("status").first()).toHaveText(`${slug} was published.`);
  await expect(curator.getByRole("link", { name: title })).toHaveCount(0);

  const visitor = await browser.newPage();
  expect((await visitor.goto(`/en/tours/${slug}`))?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await visitor.close();
});

test("a tour's history lists who changed what, its steps in words, and a curator restores an old version after confirming", async ({
  browser,
}) => {
  const slug = `tour-history-${unique()}`;
  const title = `Tour with a history ${slug}`;
  const teacher = await staffPage(browser, TEACHER);
  await createTour(teacher.request, slug, title);
  // The teacher swaps the two steps and adds a third.
  const edited = await teacher.request.put(`/api/v1/admin/tours/${slug}`, {
    data: {
      expectedVersion: 1,
      tour: {
        slug,
        translations: { en: { title, introduction: "For the class" }, ru: { title: `${title} (ru)`, introduction: "" } },
        steps: [
          entryStep("rzhev-memorial", "How it is remembered"),
          entryStep("battles-of-rzhev", "Where it began"),
          entryStep("mamayev-kurgan", "And at Stalingrad"),
        ],
      },
    },
  });
  expect(edited.status()).toBe(200);

  // The teacher sees the history of their own tour, and is not offered a restore.
  await teacher.goto(`/en/admin/tours/${slug}`);
  await teacher.getByRole("link", { name: "History" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `History of ${title}` })).toBeVisible();
  const edit = teacher.getByRole("region", { name: new RegExp(`^Version 2: edited · ${TEACHER.email}`) });
  await expect(edit.getByRole("row").filter({ has: teacher.getByRole("rowheader", { name: "Step 3 added" }) })).toContainText(
    "mamayev-kurgan",
  );
  await expect(edit.getByRole("rowheader", { name: /^Step \d moved$/ })).toHaveCount(1);
  await expect(teacher.getByRole("button", { name: /^Restore/ })).toHaveCount(0);
  expect(await seriousViolations(teacher)).toEqual([]);

  const curator = await staffPage(browser, CURATOR);
  await moveTour(curator.request, slug, 2, "published");
  await curator.goto(`/ru/admin/tours/${slug}/history`);
  await expect(curator.getByRole("heading", { level: 1, name: `История: ${title} (ru)` })).toBeVisible();
  await expect(curator.getByRole("rowheader", { name: "Шаг 3 добавлен" })).toBeVisible();
  expect(await seriousViolations(curator)).toEqual([]);

  await curator.goto(`/en/admin/tours/${slug}/history`);
  await curator.getByRole("button", { name: "Restore version 1" }).click();
  const confirm = curator.getByRole("dialog", { name: "Restore version 1?" });
  await expect(confirm).toContainText("This tour is published");
  await confirm.getByRole("button", { name: "Restore now" }).click();
  const restored = curator.getByRole("region", { name: new RegExp(`^Version 4: restored · ${CURATOR.email}`) });
  await expect(restored.getByRole("rowheader", { name: "Step 3 removed" })).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto(`/en/tours/${slug}`);
  await expect(visitor.getByRole("heading", { level: 3 })).toHaveCount(2);
  await visitor.close();
});

test("a teacher's change to their published tour is proposed; the curator sees it in the queue, declines it with a reason, then approves the next", async ({
  browser,
}) => {
  const slug = `proposed-tour-${unique()}`;
  const title = `Published tour ${slug}`;
  const teacher = await staffPage(browser, TEACHER);
  await createTour(teacher.request, slug, title);
  await moveTour(teacher.request, slug, 1, "in_review");
  const curator = await staffPage(browser, CURATOR);
  await moveTour(curator.request, slug, 2, "published");

  await teacher.goto(`/en/admin/tours/${slug}`);
  await expect(teacher.getByText("This is published: your saves are proposed to a curator")).toBeVisible();
  await teacher.getByRole("group", { name: "Step 2" }).getByRole("textbox", { name: "Narrative (en)" }).fill("A proposed narrative");
  await teacher.getByRole("button", { name: "Save tour" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Proposed for review" })).toBeVisible();
  const visitor = await browser.newPage();
  await visitor.goto(`/en/tours/${slug}`);
  await expect(visitor.getByText("How it is remembered")).toBeVisible();

  await curator.goto("/en/admin/review");
  const proposal = curator.getByRole("region", { name: `Proposed change to “${title}”` });
  await expect(proposal).toContainText("E2E Review Teacher");
  const row = proposal.getByRole("row").filter({ has: curator.getByRole("rowheader", { name: "Step 2: Narrative (English)" }) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("How it is remembered");
  await expect(row.getByRole("cell").nth(1)).toHaveText("A proposed narrative");
  expect(await seriousViolations(curator)).toEqual([]);
  await proposal.getByRole("textbox", { name: "Reason for declining" }).fill("Keep the memorial's own words.");
  await proposal.getByRole("button", { name: `Decline the change to “${title}”` }).click();
  await expect(curator.getByRole("main").getByRole("status").first()).toHaveText(
    `The proposed change to ${slug} was declined; its editor sees your reason.`,
  );

  await teacher.goto(`/ru/admin/tours/${slug}`);
  await expect(teacher.getByRole("main").getByRole("alert").filter({ hasText: "отклонил(а) вашу предложенную правку" })).toContainText(
    "Keep the memorial's own words.",
  );
  expect(await seriousViolations(teacher)).toEqual([]);
  await teacher.goto(`/en/admin/tours/${slug}`);
  await teacher.getByRole("group", { name: "Step 2" }).getByRole("textbox", { name: "Narrative (en)" }).fill("A second proposal");
  await teacher.getByRole("button", { name: "Save tour" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Proposed for review" })).toBeVisible();

  await curator.goto("/en/admin/review");
  await curator.getByRole("button", { name: `Approve the change to “${title}”` }).click();
  await curator.getByRole("dialog", { name: "Make this change live?" }).getByRole("button", { name: "Approve and publish" }).click();
  await expect(curator.getByRole("main").getByRole("status").first()).toHaveText(`The proposed change to ${slug} is live.`);
  await visitor.goto(`/en/tours/${slug}`);
  await expect(visitor.getByText("A second proposal")).toBeVisible();
  await visitor.close();
});

test("a curator sends a tour back to draft from the Russian queue with a reason, and its teacher reads it on the tour", async ({
  browser,
}) => {
  const slug = `sent-back-tour-${unique()}`;
  const title = `Tour to send back ${slug}`;
  const teacher = await staffPage(browser, TEACHER);
  await createTour(teacher.request, slug, title);
  await moveTour(teacher.request, slug, 1, "in_review");

  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/ru/admin/review");
  const row = curator.getByRole("row").filter({ has: curator.getByRole("link", { name: `${title} (ru)` }) });
  await row
    .getByRole("textbox", { name: `Почему «${title} (ru)» возвращается в черновики (автор это прочтёт)` })
    .fill("Добавьте источник.");
  await row.getByRole("button", { name: `Вернуть «${title} (ru)» в черновик` }).click();
  await expect(curator.getByRole("main").getByRole("status").first()).toContainText(slug);
  expect(await seriousViolations(curator)).toEqual([]);

  await teacher.goto(`/en/admin/tours/${slug}`);
  await expect(teacher.getByText("Status: Draft")).toBeVisible();
  await expect(teacher.getByText(`${CURATOR.email} sent this back to draft on`)).toContainText("“Добавьте источник.”");
  await teacher.getByRole("link", { name: "History" }).click();
  await expect(teacher.getByText("Reason: “Добавьте источник.”")).toBeVisible();
  expect(await seriousViolations(teacher)).toEqual([]);
});
