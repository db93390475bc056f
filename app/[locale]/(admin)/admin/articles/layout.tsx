import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";

/** Article curation is for editors, curators and admins; a teacher gets a refusal, not the form. */
export default async function ArticlesSectionLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!can(user?.role, "entries.edit")) return <p role="alert">{(await getTranslations("admin"))("forbidden")}</p>;
  return children;
}
