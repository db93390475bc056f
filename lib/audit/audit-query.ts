import { z } from "zod";
import type { AuditFilter } from "@/lib/data/audit/list-audit-events";

const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().max(200).optional());

/** The audit page's address: filters, and `before=<ISO time>_<id>` for older pages. Anything malformed is ignored, not an error. */
const auditQuerySchema = z.object({
  who: optional,
  action: optional,
  target: optional,
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[\w-]+$/)
    .transform((v) => {
      const [at, id] = [v.slice(0, v.indexOf("_")), v.slice(v.indexOf("_") + 1)];
      return { at: new Date(at), id };
    })
    .refine((cursor) => !Number.isNaN(cursor.at.getTime()))
    .optional()
    .catch(undefined),
});

export function parseAuditQuery(query: Record<string, string | string[] | undefined>): AuditFilter {
  const single = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditQuerySchema.safeParse(single);
  if (!parsed.success) return {};
  return { actorEmail: parsed.data.who, action: parsed.data.action, targetType: parsed.data.target, before: parsed.data.before };
}

export function beforeParam(cursor: { at: Date; id: string }): string {
  return `${cursor.at.toISOString()}_${cursor.id}`;
}
