import { getTranslations } from "next-intl/server";

/** What a member of staff sees on a page their role does not open. */
export async function ForbiddenNotice() {
  return <p role="alert">{(await getTranslations("admin"))("forbidden")}</p>;
}
