import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import type { Transaction } from "../transaction";

/** Whether this person may change any tour, whoever made it: those who may publish (curators, admins). */
export function mayChangeEveryTour(actor: Pick<StaffUser, "role">): boolean {
  return can(actor.role, "entries.publish");
}

/** A teacher changes only their own tours; curators and admins change any; nobody else any. */
export async function assertMayChangeTour(tx: Transaction, tourId: string, actor: StaffUser): Promise<void> {
  if (!can(actor.role, "tours.create")) throw new AppError("FORBIDDEN");
  if (mayChangeEveryTour(actor)) return;
  const tour = await tx.tour.findUnique({ where: { id: tourId }, select: { ownerId: true } });
  if (tour?.ownerId !== actor.id) throw new AppError("FORBIDDEN", "Only the teacher who made this tour, or a curator, may change it.");
}
