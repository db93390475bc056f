import { docxToHtml, MAX_DOCX_BYTES } from "@/lib/article-import/docx-page";
import { authorizedRoute } from "@/lib/auth/authorized";
import { AppError } from "@/lib/errors/app-error";
import { readMultipartForm } from "@/lib/http/read-multipart-form";

export const dynamic = "force-dynamic";

function tooLarge(): AppError {
  const limit = `${MAX_DOCX_BYTES / (1024 * 1024)} MB`;
  return new AppError("TOO_LARGE", `The document is too large; a .docx may be at most ${limit}.`, {
    issues: [{ path: "file", issue: `At most ${limit}.` }],
  });
}

/**
 * A Word document (multipart/form-data `file`, a .docx) as the HTML the analysis reads
 * (`{ "html": "…" }`); writes nothing. 413 for a file over the limit or one that would inflate past
 * it; 415 for a file that is not a .docx (a renamed binary, a damaged archive). Editors, curators and admins.
 */
export const POST = authorizedRoute("entries.edit", async (_user, request) => {
  const form = await readMultipartForm(request, { limit: MAX_DOCX_BYTES + 64 * 1024, tooLarge, what: "the document" });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    const issue = file instanceof File ? "The file is empty." : "Choose a .docx file.";
    throw new AppError("INVALID_REQUEST", issue, { where: "body", issues: [{ path: "file", issue }] });
  }
  const html = await docxToHtml(new Uint8Array(await file.arrayBuffer()));
  return Response.json({ html }, { headers: { "Cache-Control": "private, no-store" } });
});
