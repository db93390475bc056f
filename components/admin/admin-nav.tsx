"use client";

import { Link, usePathname } from "@/i18n/navigation";
import "./admin-nav.css";

export interface AdminNavItem {
  href: string;
  label: string;
  /** A count shown after the label, e.g. "(3)", with its spoken form for screen readers ("3 waiting"). */
  badge?: { shown: string; spoken: string };
}

/** The admin sections; the one being shown is marked for assistive technology and by its look. */
export function AdminNav({ items }: { items: AdminNavItem[] }) {
  const pathname = usePathname();
  const current = (href: string) =>
    pathname === href ? "page" : href !== "/admin" && pathname.startsWith(`${href}/`) ? "location" : undefined;
  return (
    <>
      {items.map((item) => (
        <Link key={item.href} href={item.href} aria-current={current(item.href)} className="admin-nav-link">
          {item.label}
          {item.badge ? (
            <>
              <span aria-hidden="true" className="admin-nav-badge">
                {` ${item.badge.shown}`}
              </span>
              <span className="sr-only">{`, ${item.badge.spoken}`}</span>
            </>
          ) : null}
        </Link>
      ))}
    </>
  );
}
