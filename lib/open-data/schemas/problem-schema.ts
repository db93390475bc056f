import { z } from "zod";

/** RFC 9457 problem details, as lib/http/problem.ts writes them. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string().meta({ description: "The parameter (and item) at fault." }), message: z.string() }))
      .optional()
      .meta({ description: "Each invalid parameter, on a 400." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });
