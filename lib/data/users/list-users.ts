import { db } from "@/lib/db";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: Date;
}

/** One page of the staff accounts, by email, with the count. */
export async function listUsers({ page }: { page: PageRequest }): Promise<Page<UserRow>> {
  const [rows, total] = await Promise.all([
    db.user.findMany({
      select: { id: true, email: true, name: true, role: true, createdAt: true },
      orderBy: { email: "asc" },
      skip: pageOffset(page),
      take: page.size + 1,
    }),
    db.user.count(),
  ]);
  return toPage(rows, page, total);
}
