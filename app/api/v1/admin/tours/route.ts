import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { createTour } from "@/lib/data/tours/create-tour";
import { listToursForStaff } from "@/lib/data/tours/list-tours-for-staff";
import { readJsonBody, readQuery } from "@/lib/http/read-json-body";
import { pageRequest } from "@/lib/paging/page";
import { tourEditSchema } from "@/lib/validation/tour";

export const dynamic = "force-dynamic";

const listSchema = z.object({
  page: z.string().optional(),
  status: z.enum(PUBLICATION_STATUSES).optional(),
  locale: z.string().default("en"),
});

/** One page of the tours the caller may change (a teacher's own; every tour for a curator), last changed first. */
export const GET = authorizedRoute("tours.create", async (user, request) => {
  const { page, status, locale } = readQuery(request, listSchema);
  return Response.json(await listToursForStaff({ viewer: user, status, locale, page: pageRequest(page) }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});

/** Creates a tour as a draft owned by the caller (JSON, the editor's own schema), with its first revision. */
export const POST = authorizedRoute("tours.create", async (user, request) => {
  const tour = await readJsonBody(request, tourEditSchema);
  return Response.json(await createTour(tour, { actor: user }), { status: 201 });
});
