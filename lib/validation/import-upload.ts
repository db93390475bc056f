import { z } from "zod";

/** The upload form's fields besides the file: a checkbox sends "on", the API "true". */
export const importUploadSchema = z.object({
  dryRun: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((value) => value === "on" || value === "true"),
});
