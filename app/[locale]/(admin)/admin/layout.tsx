import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { signOut } from "./actions/sign-out";

/** Everything under /admin needs a signed-in member of staff; pages and actions check their own permission too. */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in`);
  const t = await getTranslations("admin");
  const site = await getTranslations("site");
  const media = await getTranslations("media");
  return (
    <>
      <a className="skip-link" href="#main">
        {site("skipToContent")}
      </a>
      <header className="site-header admin-header">
        <Link href="/" className="site-title">
          {site("name")}
        </Link>
        <nav aria-label={t("nav")}>
          <Link href="/admin">{t("dashboard")}</Link>
          {can(user.role, "entries.edit") ? <Link href="/admin/entries">{t("entries")}</Link> : null}
          {can(user.role, "entries.edit") ? <Link href="/admin/media">{media("nav")}</Link> : null}
          {can(user.role, "users.manage") ? <Link href="/admin/users">{t("users")}</Link> : null}
          {can(user.role, "audit.read") ? <Link href="/admin/audit">{t("audit")}</Link> : null}
          <Link href="/admin/password">{t("password")}</Link>
          <form action={signOut}>
            <button type="submit" className="link-button">
              {t("signOut")}
            </button>
          </form>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="admin-page">
        <p className="signed-in-as">{t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}</p>
        {children}
      </main>
    </>
  );
}
