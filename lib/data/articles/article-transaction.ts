import type { Database } from "@/lib/db";

/** The client inside db.$transaction, for helpers that take part in a caller's transaction. */
export type ArticleTx = Parameters<Parameters<Database["$transaction"]>[0]>[0];
