import type { Database } from "@/lib/db";

/** The client inside db.$transaction, for data-layer steps that take part in their caller's transaction. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
