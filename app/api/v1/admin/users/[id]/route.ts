import { authorizedRoute } from "@/lib/auth/authorized";
import { getAccount } from "@/lib/data/users/get-account";
import { updateAccount } from "@/lib/data/users/update-account";
import { readJsonBody } from "@/lib/http/read-json-body";
import { accountChangeSchema } from "@/lib/validation/user";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The account: email, name, role, whether it is disabled, how many sessions it has (admins only). */
export const GET = authorizedRoute("users.manage", async (_user, _request, context: Context) =>
  Response.json(await getAccount((await context.params).id)),
);

/**
 * `{ disabled?, role? }`: disables (ending every session) or enables the account, or changes its role;
 * 422 for one's own account, 409 when no enabled admin would remain. Answers the account as it is now.
 */
export const PATCH = authorizedRoute("users.manage", async (user, request, context: Context) => {
  const { id } = await context.params;
  const change = await readJsonBody(request, accountChangeSchema);
  return Response.json(await updateAccount({ actor: user, id, change }));
});
