import { expect, test } from "./fixtures";
import { createAccount, staffPage } from "./staff";

test("a member of staff changes their password: two different new ones are refused beside the field, then the new one signs in", async ({
  browser,
}) => {
  const account = { email: `password-${Date.now().toString(36)}@example.org`, password: "the-first-long-password" };
  createAccount(account, "Password Changer", "editor");
  const page = await staffPage(browser, account);
  await page.getByRole("link", { name: "Change password" }).click();
  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill("the-second-long-password");
  await page.getByLabel("New password again").fill("a-different-long-password");
  await page.getByRole("button", { name: "Change password" }).click();
  const confirm = page.getByLabel("New password again");
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(confirm).toHaveAccessibleDescription("The two new passwords differ.");

  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill("the-second-long-password");
  await page.getByLabel("New password again").fill("the-second-long-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password is changed. Other sessions were signed out.");
  await page.context().close();

  const again = await staffPage(browser, { ...account, password: "the-second-long-password" });
  await expect(again.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
});
