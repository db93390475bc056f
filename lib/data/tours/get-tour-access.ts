import { db } from "@/lib/db";

export interface TourAccess {
  id: string;
  status: string;
  ownerId: string | null;
  shared: boolean;
  shareToken: string;
}

/** Who may see and change a tour: its status, owner and link; null when there is no such tour. */
export async function getTourAccess(slug: string): Promise<TourAccess | null> {
  return db.tour.findUnique({ where: { slug }, select: { id: true, status: true, ownerId: true, shared: true, shareToken: true } });
}
