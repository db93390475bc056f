import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { deleteRecord } from "@/lib/data/publishing/delete-record";
import { TOUR } from "@/lib/data/tours/tour-record";
import { publishableRecordRoutes, recordAt } from "@/lib/http/publishable-routes";
import { readQuery } from "@/lib/http/read-json-body";
import { tourEditSchema } from "@/lib/validation/tour";

export const dynamic = "force-dynamic";

const routes = publishableRecordRoutes(TOUR, tourEditSchema, "tours.create");
const deleteSchema = z.object({ expectedVersion: z.coerce.number().int().min(1) });

/** The tour as the editor sees it, any status, with the version to send back with a change. */
export const GET = routes.GET;

/**
 * Saves a change (the whole tour, as the editor sends it: `{ expectedVersion, tour }`) made against
 * `expectedVersion`; 409 with the current tour if someone saved since, 403 for a teacher's tour that
 * is not the caller's; a teacher's change to their published tour is kept as their proposal (202).
 */
export const PUT = routes.PUT;

/** Deletes the tour with its steps and texts: `?expectedVersion=N`, curators only. */
export const DELETE = authorizedRoute("entries.publish", async (user, request, context: { params: Promise<{ slug: string }> }) => {
  const tour = await recordAt(TOUR, context);
  const { expectedVersion } = readQuery(request, deleteSchema);
  await deleteRecord(TOUR, { id: tour.id, expectedVersion, actor: user });
  return new Response(null, { status: 204 });
});
