import { z } from "zod";
import { problemSchema } from "@/lib/open-data/schemas/problem-schema";

const ETAG = {
  ETag: { description: "Changes with the collection; send it back in If-None-Match.", schema: { type: "string" as const } },
  "Cache-Control": { description: "public, max-age=0, must-revalidate", schema: { type: "string" as const } },
};

export const VERSIONED_HEADERS = ETAG;
export const PAGED_HEADERS = {
  ...ETAG,
  Link: { description: 'The next page: <…>; rel="next". Absent on the last page.', schema: { type: "string" as const } },
};

export const conditionalRequest = z.object({
  "If-None-Match": z.string().optional().meta({ description: "An ETag this API gave: 304 while it is current." }),
});

export const notModified = { description: "Not modified: the ETag sent is current.", headers: ETAG };

export function problem(description: string) {
  return { description, content: { "application/problem+json": { schema: problemSchema } } };
}

export const invalidParameters = problem("Invalid parameters: `errors` lists each.");
