import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { findSlugAvailability } from "@/lib/data/publishing/find-slug-availability";
import { PUBLISHABLE_NAMES } from "@/lib/data/publishing/publishable-types";
import { readQuery } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

const slugAvailabilityQuerySchema = z.object({
  type: z.enum(PUBLISHABLE_NAMES),
  slug: z.string().trim().min(1).max(120),
  /** The record being edited, whose own slug is not "taken". */
  except: z.string().trim().min(1).max(64).optional(),
});

/** Whether an address name is free for an entry or article, and a free variant if not: the editors ask as staff type. */
export const GET = authorizedRoute("entries.edit", async (_user, request) => {
  const { type, slug, except } = readQuery(request, slugAvailabilityQuerySchema);
  return Response.json(await findSlugAvailability(type, slug, except ?? null), { headers: { "Cache-Control": "private, no-store" } });
});
