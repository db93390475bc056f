import { authorizedRoute } from "@/lib/auth/authorized";
import { createUser } from "@/lib/data/users/create-user";
import { readJsonBody } from "@/lib/http/read-json-body";
import { newUserSchema } from "@/lib/validation/user";

export const dynamic = "force-dynamic";

/** Creates a staff account (admins only). */
export const POST = authorizedRoute("users.manage", async (user, request) => {
  const { id } = await createUser(await readJsonBody(request, newUserSchema), user);
  return Response.json({ id }, { status: 201 });
});
