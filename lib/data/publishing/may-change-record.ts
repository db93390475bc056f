import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import type { AnyPublishableType } from "./publishable-type";

/** Whether this person may change this record beyond what their role allows every record (a teacher, only their own tours). */
export async function mayChangeRecord(type: AnyPublishableType, id: string, actor: StaffUser): Promise<boolean> {
  try {
    await type.assertMayChange?.(db, id, actor);
    return true;
  } catch (error) {
    if (isAppError(error, "FORBIDDEN")) return false;
    throw error;
  }
}
