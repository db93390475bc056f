import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { changeRecordStatus } from "@/lib/data/publishing/change-record-status";
import { TOUR } from "@/lib/data/tours/tour-record";
import { recordAt } from "@/lib/http/publishable-routes";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

const moveSchema = z.object({ expectedVersion: z.number().int().min(1), to: z.enum(PUBLICATION_STATUSES) });

type Context = { params: Promise<{ slug: string }> };

/**
 * Moves a tour through review: `{ "expectedVersion": 2, "to": "in_review" }`. Its teacher sends it for
 * review or takes it back; curators publish (feature) and archive it (403 otherwise).
 */
export const POST = authorizedRoute("tours.create", async (user, request, context: Context) => {
  const tour = await recordAt(TOUR, context);
  const move = await readJsonBody(request, moveSchema);
  return Response.json(await changeRecordStatus(TOUR, { id: tour.id, ...move, actor: user }));
});
