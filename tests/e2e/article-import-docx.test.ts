import { buildDocx } from "./docx";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

const UPLOAD = "Or upload the page (.html, .htm, .txt or .docx)";

test("a curator uploads a Word document: the server reads it into the field and the analysis proposes its items", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/en/admin/article-imports");
  const docx = await buildDocx([
    { text: "Veterans meet in Almaty", heading: true },
    { text: "On June 6, 2024, veterans and students met in Almaty to remember the war." },
    { text: "A wreath at the Rzhev Memorial", heading: true },
    { text: "On January 30, 2020 a wreath was laid at the Rzhev Memorial to the Soviet Soldier." },
  ]);
  await curator.getByLabel(UPLOAD).setInputFiles({
    name: "news.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: docx,
  });
  await expect(curator.getByText("Read news.docx into the field above.")).toBeVisible({ timeout: 30_000 });
  await expect(curator.getByRole("textbox", { name: "Text or HTML of the page" })).toHaveValue(/<h1>Veterans meet in Almaty<\/h1>/);
  await curator.getByRole("button", { name: "Analyze" }).click();
  await expect(curator.getByRole("heading", { level: 2, name: "Proposals" })).toBeVisible({ timeout: 30_000 });
  const almaty = curator.getByRole("region", { name: /^Item \d+: Veterans meet in Almaty/ });
  await expect(almaty.getByText("Date: 6 June 2024")).toBeVisible();
  await expect(almaty.getByText(/^Place: Almaty \(43\.\d+, 76\.\d+\)$/)).toBeVisible();
  const rzhev = curator.getByRole("region", { name: /^Item \d+: A wreath at the Rzhev Memorial/ });
  await expect(rzhev.getByText("Date: 30 January 2020")).toBeVisible();
});

test("a file named .docx that is not one is refused beside the upload, and the field keeps what it had", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/en/admin/article-imports");
  const field = curator.getByRole("textbox", { name: "Text or HTML of the page" });
  await field.fill("Typed before the upload.");
  await curator.getByLabel(UPLOAD).setInputFiles({
    name: "photo.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"),
  });
  await expect(curator.getByRole("alert").filter({ hasText: "photo.docx" })).toHaveText(
    "photo.docx is not a Word document (.docx) that can be read. Save it again as .docx, or paste its text.",
  );
  await expect(field).toHaveValue("Typed before the upload.");
});
