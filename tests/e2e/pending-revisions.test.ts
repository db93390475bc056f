import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, EDITOR, staffPage } from "./staff";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function publishFromStatusBar(curator: Page, path: string, dialog: string, confirm: string): Promise<void> {
  await curator.goto(path);
  await curator.getByRole("button", { name: /^(Publish|Опубликовать)$/ }).click();
  await curator.getByRole("dialog", { name: dialog }).getByRole("button", { name: confirm }).click();
  await expect(curator.getByText(/^(Status: Published|Статус: Опубликовано)$/)).toBeVisible();
}

/** A published entry made by the curator, with one English summary, and its slug and title. */
async function publishedEntry(curator: Page, summary: string): Promise<{ slug: string; title: string }> {
  const slug = `proposal-${unique()}`;
  const title = `Memorial with a proposal ${slug}`;
  const created = await curator.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "memorial", translations: { en: { title, summary }, ru: { title: "" } } },
  });
  expect(created.status()).toBe(201);
  await publishFromStatusBar(curator, `/en/admin/entries/${slug}`, "Publish this entry?", "Publish now");
  return { slug, title };
}

async function propose(editor: Page, slug: string, summary: string): Promise<void> {
  await editor.goto(`/en/admin/entries/${slug}`);
  await editor.getByRole("textbox", { name: "Summary (en)" }).fill(summary);
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("main").getByRole("status").filter({ hasText: "Proposed for review" })).toBeVisible();
}

test("an editor proposes a change to a published entry: it stays live unchanged, the curator sees the diff and declines it with a reason the editor reads", async ({
  browser,
}) => {
  const curator = await staffPage(browser, CURATOR);
  const { slug, title } = await publishedEntry(curator, "The published summary.");

  const editor = await staffPage(browser, EDITOR);
  await editor.goto(`/en/admin/entries/${slug}`);
  await expect(editor.getByText("your saves are proposed to a curator")).toBeVisible();
  await propose(editor, slug, "A first proposed summary.");
  // A second save updates the same proposal.
  await editor.getByRole("textbox", { name: "Summary (en)" }).fill("An editor's proposed summary.");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("main").getByRole("status").filter({ hasText: "Proposed for review" })).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto(`/en/entries/${slug}`);
  await expect(visitor.getByText("The published summary.")).toBeVisible();
  await expect(visitor.getByText("An editor's proposed summary.")).toHaveCount(0);
  await visitor.close();

  // Coming back, the editor finds their proposal in the form, said to be waiting.
  await editor.reload();
  await expect(editor.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("An editor's proposed summary.");
  await expect(editor.getByText("Your proposed change is waiting for a curator")).toBeVisible();

  await curator.goto("/en/admin/review");
  const proposal = curator.getByRole("region", { name: `Proposed change to “${title}”` });
  await expect(proposal).toHaveCount(1);
  await expect(proposal).toContainText("Demo Editor");
  const row = proposal.getByRole("row").filter({ has: curator.getByRole("rowheader", { name: "Summary (English)" }) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("The published summary.");
  await expect(row.getByRole("cell").nth(1)).toHaveText("An editor's proposed summary.");
  await expect(proposal.getByRole("row")).toHaveCount(2);
  expect(await seriousViolations(curator)).toEqual([]);
  await proposal.getByRole("textbox", { name: "Reason for declining" }).fill("Please cite a source for this summary.");
  await proposal.getByRole("button", { name: `Decline the change to “${title}”` }).click();
  await expect(curator.getByRole("main").getByRole("status").first()).toHaveText(
    `The proposed change to ${slug} was declined; its editor sees your reason.`,
  );
  await expect(curator.getByRole("region", { name: `Proposed change to “${title}”` })).toHaveCount(0);

  await editor.reload();
  const declined = editor.getByRole("main").getByRole("alert").filter({ hasText: "declined your proposed change" });
  await expect(declined).toContainText("Please cite a source for this summary.");
  await expect(declined).toContainText(CURATOR.email);
  await expect(editor.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("The published summary.");
  expect(await seriousViolations(editor)).toEqual([]);
});

test("a curator approves an editor's proposed change after confirming: it goes live, in the history as the editor's", async ({
  browser,
}) => {
  const curator = await staffPage(browser, CURATOR);
  const { slug, title } = await publishedEntry(curator, "The published summary.");
  const editor = await staffPage(browser, EDITOR);
  await propose(editor, slug, "A sourced proposed summary.");

  await curator.goto("/en/admin/review");
  const proposal = curator.getByRole("region", { name: `Proposed change to “${title}”` });
  await proposal.getByRole("button", { name: `Approve the change to “${title}”` }).click();
  // Cancel changes nothing.
  await curator.getByRole("dialog", { name: "Make this change live?" }).getByRole("button", { name: "Cancel" }).click();
  const visitor = await browser.newPage();
  await visitor.goto(`/en/entries/${slug}`);
  await expect(visitor.getByText("The published summary.")).toBeVisible();
  await proposal.getByRole("button", { name: `Approve the change to “${title}”` }).click();
  await curator.getByRole("dialog", { name: "Make this change live?" }).getByRole("button", { name: "Approve and publish" }).click();
  await expect(curator.getByRole("main").getByRole("status").first()).toHaveText(`The proposed change to ${slug} is live.`);

  await visitor.goto(`/en/entries/${slug}`);
  await expect(visitor.getByText("A sourced proposed summary.")).toBeVisible();
  await visitor.close();

  await curator.goto(`/en/admin/entries/${slug}/history`);
  await expect(curator.getByRole("heading", { level: 2, name: /: proposed change approved · editor@demo\.invalid/ })).toBeVisible();
  await editor.reload();
  await expect(editor.getByText("Your proposed change is waiting")).toHaveCount(0);
  await expect(editor.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("A sourced proposed summary.");
});

test("in Russian: an editor's proposal to a published article goes stale when a curator changes the article, and cannot be approved over it", async ({
  browser,
}) => {
  const slug = `proposal-article-${unique()}`;
  const title = `Article with a proposal ${slug}`;
  const curator = await staffPage(browser, CURATOR);
  const created = await curator.request.post("/api/v1/admin/articles", {
    data: { slug, publisher: "Test Gazette", translations: { en: { title, body: "The first text." } } },
  });
  expect(created.status()).toBe(201);
  const published = await curator.request.post(`/api/v1/admin/articles/${slug}/status`, { data: { expectedVersion: 1, to: "published" } });
  expect(published.status()).toBe(200);

  const editor = await staffPage(browser, EDITOR);
  await editor.goto(`/ru/admin/articles/${slug}`);
  await expect(editor.getByText("ваши сохранения уходят куратору")).toBeVisible();
  await editor.getByRole("textbox", { name: "Краткое содержание (en)" }).fill("The editor's excerpt.");
  await editor.getByRole("button", { name: "Сохранить" }).click();
  await expect(editor.getByRole("main").getByRole("status").filter({ hasText: "Предложено на рецензию" })).toBeVisible();

  await curator.goto("/ru/admin/review");
  const proposal = curator.getByRole("region", { name: `Предложенная правка: «${title}»` });
  const row = proposal.getByRole("row").filter({ has: curator.getByRole("rowheader", { name: "Краткое содержание (английский)" }) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("The editor's excerpt.");
  expect(await seriousViolations(curator)).toEqual([]);

  // The curator changes the article meanwhile: the proposal was made against what is no longer live.
  await curator.goto(`/ru/admin/articles/${slug}`);
  await curator.getByRole("textbox", { name: "Издание" }).fill("Another Gazette");
  await curator.getByRole("button", { name: "Сохранить" }).click();
  await expect(curator.getByRole("main").getByRole("status").filter({ hasText: "версия 3" })).toBeVisible();

  await curator.goto("/ru/admin/review");
  const stale = curator.getByRole("region", { name: `Предложенная правка: «${title}»` });
  await expect(stale).toContainText("опубликованная версия изменилась");
  await expect(stale.getByRole("button", { name: `Одобрить правку «${title}»` })).toHaveCount(0);
  await stale.getByRole("textbox", { name: "Причина отказа" }).fill("Предложите заново от новой версии.");
  await stale.getByRole("button", { name: `Отклонить правку «${title}»` }).click();
  await expect(curator.getByRole("main").getByRole("status").first()).toContainText("отклонена");

  const visitor = await browser.newPage();
  await visitor.goto(`/ru/articles/${slug}`);
  await expect(visitor.getByText("The editor's excerpt.")).toHaveCount(0);
  await visitor.close();

  await editor.reload();
  await expect(editor.getByRole("main").getByRole("alert").filter({ hasText: "Предложите заново от новой версии." })).toBeVisible();
});
