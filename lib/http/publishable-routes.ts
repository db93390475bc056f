import { z } from "zod";
import { authorizedRoute, type Gate } from "@/lib/auth/authorized";
import { getRecordForEditing, type RecordForEditing } from "@/lib/data/publishing/get-record-for-editing";
import type { AnyPublishableType, EditOf, SnapshotOf } from "@/lib/data/publishing/publishable-type";
import { saveRecordEdit } from "@/lib/data/publishing/save-record-edit";
import { AppError } from "@/lib/errors/app-error";
import { proposalAccepted } from "./proposal-accepted";
import { readJsonBody } from "./read-json-body";

type Context = { params: Promise<{ slug: string }> };

/** The record the route's address names; NOT_FOUND (404) when there is none. */
export async function recordAt<T extends AnyPublishableType>(type: T, context: Context): Promise<RecordForEditing<SnapshotOf<T>>> {
  const record = await getRecordForEditing(type, (await context.params).slug);
  if (!record) throw new AppError("NOT_FOUND", `No such ${type.name}`);
  return record;
}

/**
 * `GET` and `PUT /api/v1/admin/<kind>/<slug>` for any publishable record: the record as its editor
 * sees it (any status, with the version to send back), and a save of the whole record as the editor
 * sends it, `{ expectedVersion, <name>: … }`, checked by the editor's own schema; 409 with the record
 * as it is now when someone saved since. `gate` is the permission of the kind's editors (the data
 * layer checks who may change which record). A save the person may not make directly (an
 * editor's or a teacher's, on published work) is kept as their proposal, as the editor form keeps it,
 * and answered 202.
 */
export function publishableRecordRoutes<T extends AnyPublishableType>(
  type: T,
  editSchema: z.ZodType<EditOf<T>>,
  gate: Gate = "entries.edit",
) {
  const updateSchema = z.object({ expectedVersion: z.number().int().min(1), [type.name]: editSchema });
  return {
    GET: authorizedRoute(gate, async (_user, _request, context: Context) => Response.json(await recordAt(type, context))),
    PUT: authorizedRoute(gate, async (user, request, context: Context) => {
      const record = await recordAt(type, context);
      const body = (await readJsonBody(request, updateSchema)) as { expectedVersion: number } & Record<string, EditOf<T>>;
      const input = { id: record.id, expectedVersion: body.expectedVersion, edit: body[type.name]!, actor: user };
      const saved = await saveRecordEdit(type, input);
      if (saved.outcome === "saved") return Response.json({ version: saved.version });
      return proposalAccepted(type, input, (await context.params).slug);
    }),
  };
}
