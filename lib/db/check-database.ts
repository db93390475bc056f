import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

/** True when the database answers a query within `timeoutMs`: what a load balancer needs to know, nothing more. */
export async function databaseIsUp(timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = db.$queryRaw(Prisma.sql`SELECT 1`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
