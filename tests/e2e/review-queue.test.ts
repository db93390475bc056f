import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, EDITOR, staffPage } from "./staff";

test("an editor submits an entry, the curator sees it waiting and publishes it from the queue, and the editor learns it was published", async ({
  browser,
}) => {
  const slug = `review-${Date.now().toString(36)}`;
  const title = `Memorial waiting for review ${slug}`;
  const editor = await staffPage(browser, EDITOR);
  const created = await editor.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "memorial", translations: { en: { title }, ru: { title: "" } } },
  });
  expect(created.status()).toBe(201);
  await editor.goto(`/en/admin/entries/${slug}`);
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Status: In review")).toBeVisible();
  // Editors are not offered the count nor the decision.
  const editorNav = editor.getByRole("navigation", { name: "Curation" });
  await expect(editorNav.getByRole("link", { name: "Review", exact: true })).toBeVisible();
  await editor.goto("/en/admin");
  await expect(
    editor.getByRole("region", { name: "What became of your submissions" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText("waiting for review since");

  const curator = await staffPage(browser, CURATOR);
  const nav = curator.getByRole("navigation", { name: "Curation" });
  // Said as "Review, 3 waiting"; shown as "Review (3)".
  const review = nav.getByRole("link", { name: /^Review\s*, \d+ waiting$/ });
  await expect(review).toContainText(/^Review \(\d+\)/);
  expect(Number((await review.textContent())?.match(/^Review \((\d+)\)/)?.[1])).toBeGreaterThanOrEqual(1);
  await expect(curator.getByRole("region", { name: "Waiting for your review" }).getByRole("link", { name: title })).toBeVisible();

  await review.click();
  await expect(curator.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await expect(review).toHaveAttribute("aria-current", "page");
  expect(await seriousViolations(curator)).toEqual([]);
  const row = curator.getByRole("row").filter({ has: curator.getByRole("link", { name: title }) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Memorial");
  await expect(row.getByRole("cell").nth(1)).toHaveText("Demo Editor");
  await row.getByRole("button", { name: `Publish “${title}”` }).click();
  await curator.getByRole("dialog", { name: "Publish this entry?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByRole("main").getByRole("status")).toHaveText(`${slug} was published.`);
  await expect(curator.getByRole("link", { name: title })).toHaveCount(0);

  const visitor = await browser.newPage();
  await visitor.goto(`/en/entries/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await visitor.close();

  await editor.reload();
  await expect(
    editor.getByRole("region", { name: "What became of your submissions" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText(`published on`);
  await expect(
    editor.getByRole("region", { name: "What became of your submissions" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText(CURATOR.email);
});

test("a curator sends an entry back to draft from the queue, and its editor sees that", async ({ browser }) => {
  const slug = `send-back-${Date.now().toString(36)}`;
  const title = `Entry to send back ${slug}`;
  const editor = await staffPage(browser, EDITOR);
  expect(
    (
      await editor.request.post("/api/v1/admin/entries", {
        data: { slug, kind: "place", translations: { en: { title }, ru: { title: "" } } },
      })
    ).status(),
  ).toBe(201);
  await editor.goto(`/en/admin/entries/${slug}`);
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Status: In review")).toBeVisible();

  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/ru/admin/review");
  await expect(curator.getByRole("heading", { level: 1, name: "Очередь на проверку" })).toBeVisible();
  expect(await seriousViolations(curator)).toEqual([]);
  await curator.goto("/en/admin/review");
  await curator.getByRole("button", { name: `Send “${title}” back to draft` }).click();
  await expect(curator.getByRole("main").getByRole("status")).toHaveText(`${slug} was sent back to its author as a draft.`);

  await editor.goto("/en/admin");
  await expect(
    editor.getByRole("region", { name: "What became of your submissions" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText("sent back to draft");
  expect(await seriousViolations(editor)).toEqual([]);
});

test("an editor submits an article, a stale decision from the queue changes nothing, the curator publishes it, and the editor learns it was published", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const slug = `review-article-${Date.now().toString(36)}`;
  const title = `Article waiting for review ${slug}`;
  const editor = await staffPage(browser, EDITOR);
  const created = await editor.request.post("/api/v1/admin/articles", {
    data: { slug, translations: { en: { title, body: "The first text." } } },
  });
  expect(created.status()).toBe(201);
  await editor.goto(`/en/admin/articles/${slug}`);
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Status: In review")).toBeVisible();
  await editor.goto("/en/admin");
  const submissions = editor.getByRole("region", { name: "What became of your submissions" });
  await expect(submissions.getByRole("listitem").filter({ hasText: title })).toContainText("(article): waiting for review since");
  await expect(submissions.getByRole("link", { name: title })).toHaveAttribute("href", `/en/admin/articles/${slug}`);

  const curator = await staffPage(browser, CURATOR);
  await expect(
    curator.getByRole("region", { name: "Waiting for your review" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText("(article)");
  await curator.goto("/en/admin/review");
  const row = curator.getByRole("row").filter({ has: curator.getByRole("link", { name: title }) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Article");
  await expect(row.getByRole("cell").nth(1)).toHaveText("Demo Editor");
  await expect(row.getByRole("cell").nth(2)).not.toBeEmpty();
  expect(await seriousViolations(curator)).toEqual([]);

  // The editor changes the article while the curator has the queue open: the curator's decision is on an old version.
  const changed = await editor.request.put(`/api/v1/admin/articles/${slug}`, {
    data: { expectedVersion: 2, article: { slug, language: "en", translations: { en: { title, body: "The second text." } } } },
  });
  expect(changed.status()).toBe(200);
  await row.getByRole("button", { name: `Publish “${title}”` }).click();
  await curator.getByRole("dialog", { name: "Publish this article?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByRole("main").getByRole("status")).toHaveText(
    `${slug} was changed or decided by someone else meanwhile, so nothing was done. Check it again below.`,
  );
  const stillWaiting = await curator.request.get(`/api/v1/admin/articles/${slug}`);
  expect(await stillWaiting.json()).toMatchObject({ version: 3, snapshot: { status: "in_review" } });

  await curator
    .getByRole("row")
    .filter({ has: curator.getByRole("link", { name: title }) })
    .getByRole("button", { name: `Publish “${title}”` })
    .click();
  await curator.getByRole("dialog", { name: "Publish this article?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByRole("main").getByRole("status")).toHaveText(`${slug} was published.`);
  await expect(curator.getByRole("link", { name: title })).toHaveCount(0);

  const visitor = await browser.newPage();
  await visitor.goto(`/en/articles/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText("The second text.")).toBeVisible();
  await visitor.close();

  await editor.reload();
  const outcome = submissions.getByRole("listitem").filter({ hasText: title });
  await expect(outcome).toContainText("(article): published on");
  await expect(outcome).toContainText(CURATOR.email);
  expect(await seriousViolations(editor)).toEqual([]);
});

test("a curator sends an article back to draft from the Russian queue, and its editor sees that", async ({ browser }) => {
  test.setTimeout(60_000);
  const slug = `send-back-article-${Date.now().toString(36)}`;
  const title = `Article to send back ${slug}`;
  const editor = await staffPage(browser, EDITOR);
  expect(
    (
      await editor.request.post("/api/v1/admin/articles", {
        data: { slug, translations: { en: { title }, ru: { title: `Статья ${slug}` } } },
      })
    ).status(),
  ).toBe(201);
  expect(
    (await editor.request.post(`/api/v1/admin/articles/${slug}/status`, { data: { expectedVersion: 1, to: "in_review" } })).status(),
  ).toBe(200);
  // Editors are not offered the decision, and the server would refuse it.
  await editor.goto("/en/admin/review");
  await expect(editor.getByRole("link", { name: title })).toBeVisible();
  await expect(editor.getByRole("button", { name: `Publish “${title}”` })).toHaveCount(0);

  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/ru/admin/review");
  const row = curator.getByRole("row").filter({ has: curator.getByRole("link", { name: `Статья ${slug}` }) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Статья");
  await expect(row.getByRole("cell").nth(1)).toHaveText("Demo Editor");
  expect(await seriousViolations(curator)).toEqual([]);
  await row.getByRole("button", { name: `Вернуть «Статья ${slug}» в черновик` }).click();
  await expect(curator.getByRole("main").getByRole("status")).toHaveText(`${slug}: возвращено автору как черновик.`);

  await editor.goto("/en/admin");
  await expect(
    editor.getByRole("region", { name: "What became of your submissions" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText(`sent back to draft on`);
  await editor.goto(`/en/admin/articles/${slug}`);
  await expect(editor.getByText("Status: Draft")).toBeVisible();
});
