import { createHash } from "node:crypto";
import { processSingleton } from "@/lib/process-singleton";

/** A viewport answer serialized once. (Next gzips every response itself, even one already encoded, so it is kept as text.) */
export interface CachedBody {
  etag: string;
  json: string;
}

interface Slot {
  database: string;
  version: number;
  body: CachedBody;
}

/** Enough for every view a few hundred visitors look at; the byte cap bounds the memory whatever the views. */
const MAX_SLOTS = 4000;
const MAX_BYTES = 64 * 1024 * 1024;

const state = processSingleton("viewport.responses", () => ({ slots: new Map<string, Slot>(), bytes: 0 }));

function slotBytes(slot: Slot): number {
  return slot.body.json.length * 2;
}

function drop(key: string): void {
  const slot = state.slots.get(key);
  if (!slot) return;
  state.bytes -= slotBytes(slot);
  state.slots.delete(key);
}

/**
 * The query as the route understood it, in one order: the same view asked for in another parameter
 * order shares its slot and its ETag, and a repeated or unknown parameter (which the parse drops or
 * settles) can neither split a view into many slots nor make two views share one.
 */
export function canonicalQuery(parsed: object): string {
  return JSON.stringify(
    Object.entries(parsed)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * The ETag of one view of one version of the collection: a new version (any change to an entry)
 * gives every view a new tag, so a browser never keeps a stale answer after revalidating.
 */
export function viewportEtag(database: string, version: number, query: string): string {
  const digest = createHash("sha1").update(database).update("\0").update(query).digest("base64url").slice(0, 16);
  return `"v${version}-${digest}"`;
}

/** The body cached for `query` at this version of the collection, or null (a slot of an older version is dropped). */
export function cachedBody(database: string, version: number, query: string): CachedBody | null {
  const slot = state.slots.get(query);
  if (!slot) return null;
  if (slot.version !== version || slot.database !== database) {
    drop(query);
    return null;
  }
  // Re-inserted so the Map's order is least recently used first.
  state.slots.delete(query);
  state.slots.set(query, slot);
  return slot.body;
}

/** Serializes an answer once, keeps it for `query` at this version, and returns it. */
export function storeBody(database: string, version: number, query: string, value: unknown): CachedBody {
  const json = JSON.stringify(value);
  const body: CachedBody = { etag: viewportEtag(database, version, query), json };
  drop(query);
  const slot = { database, version, body };
  state.slots.set(query, slot);
  state.bytes += slotBytes(slot);
  for (const key of state.slots.keys()) {
    if (state.slots.size <= MAX_SLOTS && state.bytes <= MAX_BYTES) break;
    drop(key);
  }
  return body;
}

/** How many answers are held and their size: for tests and the benchmark. */
export function responseCacheSize(): { slots: number; bytes: number } {
  return { slots: state.slots.size, bytes: state.bytes };
}
