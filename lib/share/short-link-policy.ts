import type { AttemptPolicy } from "@/lib/auth/attempt-limit";

/**
 * Short links made from one address: plenty for a teacher preparing a lesson (or a school behind one
 * address), then one every few seconds, so a script cannot fill the table.
 */
export const SHORT_LINKS_PER_ADDRESS: AttemptPolicy = { free: 60, waitSeconds: 2, maxWaitSeconds: 60, forgetAfterSeconds: 10 * 60 };
