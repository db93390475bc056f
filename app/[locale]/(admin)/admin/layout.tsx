import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav, type AdminNavItem } from "@/components/admin/admin-nav";
import { SignOutForm } from "@/components/admin/sign-out-form";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { countReviewQueue } from "@/lib/data/review/count-review-queue";

/** Everything under /admin needs a signed-in member of staff; pages and actions check their own permission too. */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in`);
  const t = await getTranslations("admin");
  const site = await getTranslations("site");
  const media = await getTranslations("media");
  const nav = await getTranslations("adminNav");
  const tours = await getTranslations("tourAdmin");
  const imports = await getTranslations("imports");
  const articleImport = await getTranslations("articleImport");
  const sources = await getTranslations("sourceAdmin");
  const waiting = can(user.role, "entries.publish") ? await countReviewQueue() : null;
  const items: AdminNavItem[] = [
    { href: "/admin", label: t("dashboard") },
    ...(can(user.role, "entries.edit")
      ? [
          { href: "/admin/entries", label: t("entries") },
          { href: "/admin/articles", label: nav("articles") },
          { href: "/admin/article-imports", label: articleImport("nav") },
          {
            href: "/admin/review",
            label: nav("review"),
            ...(waiting === null ? {} : { badge: { shown: `(${waiting})`, spoken: nav("waiting", { count: waiting }) } }),
          },
          { href: "/admin/media", label: media("nav") },
          { href: "/admin/sources", label: sources("nav") },
          { href: "/admin/imports", label: imports("link") },
        ]
      : []),
    ...(can(user.role, "tours.create") ? [{ href: "/admin/tours", label: tours("nav") }] : []),
    ...(can(user.role, "users.manage") ? [{ href: "/admin/users", label: t("users") }] : []),
    ...(can(user.role, "audit.read") ? [{ href: "/admin/audit", label: t("audit") }] : []),
    { href: "/admin/password", label: t("password") },
  ];
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
          <AdminNav items={items} />
          <SignOutForm label={t("signOut")} />
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="admin-page">
        <p className="signed-in-as">{t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}</p>
        {children}
      </main>
    </>
  );
}
