import type { ReactNode } from "react";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import type { Page } from "@/lib/paging/page";
import { Pager } from "./pager";
import { StatusFilterNav } from "./status-filter-nav";

/**
 * A staff list of publishable records (entries, articles): the heading, the notice of a record just
 * deleted, the list's own actions, the status filter, the table the page draws, and the pager.
 */
export function PublishableListFrame({
  heading,
  deletedNotice,
  actions,
  basePath,
  filter,
  filterLabel,
  page,
  children,
}: {
  heading: string;
  deletedNotice: string | null;
  actions: ReactNode;
  basePath: string;
  filter: PublicationStatus | undefined;
  filterLabel: string;
  page: Page<unknown>;
  children: ReactNode;
}) {
  return (
    <>
      <h1>{heading}</h1>
      {deletedNotice ? <p role="status">{deletedNotice}</p> : null}
      <p>{actions}</p>
      <StatusFilterNav basePath={basePath} current={filter} label={filterLabel} />
      {children}
      <Pager pathname={basePath} query={{ status: filter }} page={page} />
    </>
  );
}
