import { db } from "@/lib/db";

export async function listUsers(): Promise<{ id: string; email: string; name: string; role: string; createdAt: Date }[]> {
  return db.user.findMany({ select: { id: true, email: true, name: true, role: true, createdAt: true }, orderBy: { email: "asc" } });
}
