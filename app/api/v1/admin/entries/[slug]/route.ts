import { ENTRY } from "@/lib/data/entries/entry-record";
import { publishableRecordRoutes } from "@/lib/http/publishable-routes";
import { entryEditSchema } from "@/lib/validation/entry-edit";

export const dynamic = "force-dynamic";

const routes = publishableRecordRoutes(ENTRY, entryEditSchema, "entries.edit");

/** The entry as the editor sees it, any status, with the version to send back with a change. */
export const GET = routes.GET;

/**
 * Saves a change (`{ expectedVersion, entry }`) made against `expectedVersion`; 409 with the current
 * entry if someone saved since. An editor's change to a published entry is kept as their proposal for
 * a curator's review (202), and the published entry stays as it is.
 */
export const PUT = routes.PUT;
