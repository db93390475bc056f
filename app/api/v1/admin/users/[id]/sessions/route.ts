import { authorizedRoute } from "@/lib/auth/authorized";
import { revokeAccountSessions } from "@/lib/data/users/revoke-account-sessions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Ends every session of the account (admins only): `{ email, ended }`, how many there were. */
export const DELETE = authorizedRoute("users.manage", async (user, _request, context: Context) => {
  return Response.json(await revokeAccountSessions({ actor: user, id: (await context.params).id }));
});
