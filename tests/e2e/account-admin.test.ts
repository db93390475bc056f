import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ADMIN, createAccount, ensureAdmin, staffPage } from "./staff";

// The disabled editor's refused sign-in is logged by the browser itself.
test.use({ expectedConsoleError: /status of 403/ });

test.beforeAll(() => ensureAdmin());

async function signInAgain(page: Page, account: { email: string; password: string }) {
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin disables an editor, enables them again, changes their role and ends their sessions", async ({ browser }) => {
  // Two signed-in browsers and a dozen round trips: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const editor = { email: `managed-editor-${Date.now()}@example.org`, password: "managed-editor-password" };
  createAccount(editor, "Managed Editor", "editor");
  const editorPage = await staffPage(browser, editor);
  const adminPage = await staffPage(browser, ADMIN);

  await adminPage.goto("/en/admin/users");
  const row = adminPage.getByRole("row", { name: new RegExp(editor.email.replace(/\./g, "\\.")) });
  await expect(row.getByRole("cell", { name: "active" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "1", exact: true })).toBeVisible();

  // Disabled: the editor's open session is refused on its next request, and signing in says why.
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByRole("status")).toHaveText(`${editor.email} is disabled and signed out everywhere.`);
  await expect(row.getByRole("cell", { name: "disabled" })).toBeVisible();
  expect((await editorPage.request.get("/api/v1/admin/entries/no-such-entry")).status()).toBe(401);
  await editorPage.goto("/en/admin");
  await expect(editorPage).toHaveURL(/\/en\/sign-in$/);
  await signInAgain(editorPage, editor);
  await expect(editorPage.getByRole("main").getByRole("alert")).toHaveText("This account is disabled. Ask an administrator to enable it.");

  // Enabled again: the editor signs in.
  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row.getByRole("status")).toHaveText(`${editor.email} can sign in again.`);
  await signInAgain(editorPage, editor);
  await expect(editorPage.getByText("Signed in as Managed Editor (editor)")).toBeVisible();

  // A new role holds from the editor's next request.
  await row.getByRole("combobox", { name: `New role for ${editor.email}` }).selectOption("curator");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toHaveText(`${editor.email} is now curator.`);
  await editorPage.reload();
  await expect(editorPage.getByText("Signed in as Managed Editor (curator)")).toBeVisible();

  // Ending the sessions signs the editor out, but they may sign in again.
  await row.getByRole("button", { name: "End sessions" }).click();
  await expect(row.getByRole("status").filter({ hasText: "signed out everywhere" })).toHaveText(
    `${editor.email} is signed out everywhere (1 session ended).`,
  );
  await editorPage.reload();
  await expect(editorPage).toHaveURL(/\/en\/sign-in$/);

  // Each change is in the audit log.
  await adminPage.goto("/en/admin/audit");
  for (const action of ["user.disable", "user.enable", "user.role-change", "user.sessions-revoke"]) {
    await expect(adminPage.getByRole("row", { name: new RegExp(action.replace(/\./g, "\\.")) }).first()).toBeVisible();
  }
});

test("through the API: an admin changes an account, and may not disable or demote themselves", async ({ browser }) => {
  const editor = { email: `api-managed-${Date.now()}@example.org`, password: "api-managed-password" };
  createAccount(editor, "API Managed", "editor");
  const adminPage = await staffPage(browser, ADMIN);
  await adminPage.goto("/en/admin/users");
  const idOf = (email: string) =>
    adminPage
      .getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) })
      .locator('input[name="id"]')
      .first()
      .inputValue();
  const editorId = await idOf(editor.email);
  const adminId = await idOf(ADMIN.email);

  const changed = await adminPage.request.patch(`/api/v1/admin/users/${editorId}`, { data: { disabled: true, role: "curator" } });
  expect(changed.status()).toBe(200);
  expect(await changed.json()).toMatchObject({ email: editor.email, role: "curator", disabled: true, sessions: 0 });
  expect(await (await adminPage.request.get(`/api/v1/admin/users/${editorId}`)).json()).toMatchObject({ disabled: true });
  expect(await (await adminPage.request.delete(`/api/v1/admin/users/${editorId}/sessions`)).json()).toEqual({
    email: editor.email,
    ended: 0,
  });

  for (const data of [{ disabled: true }, { role: "editor" }]) {
    const refused = await adminPage.request.patch(`/api/v1/admin/users/${adminId}`, { data });
    expect(refused.status()).toBe(422);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    expect((await refused.json()) as { detail: string }).toMatchObject({ detail: "You cannot disable or demote your own account." });
  }
  const unknown = await adminPage.request.patch(`/api/v1/admin/users/${editorId}`, { data: { role: "owner" } });
  expect(unknown.status()).toBe(400);
  expect((await adminPage.request.patch("/api/v1/admin/users/no-such-account", { data: { disabled: true } })).status()).toBe(404);
});
