import { AppError } from "@/lib/errors/app-error";
import { readLimitedBody } from "./read-limited-body";

/**
 * An upload's multipart/form-data body, read no further than `limit` bytes: past it (declared or
 * actual) `tooLarge()` is thrown; another content type is 415 ("Send <what> as multipart/form-data.");
 * a body that does not parse is 400.
 */
export async function readMultipartForm(
  request: Request,
  options: { limit: number; tooLarge: () => AppError; what: string },
): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send ${options.what} as multipart/form-data.`);
  }
  const body = await readLimitedBody(request, options.limit);
  if (!body) throw options.tooLarge();
  try {
    return await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw new AppError("INVALID_REQUEST", "The form data could not be read.", { where: "body" });
  }
}
