import { authorizedRoute } from "@/lib/auth/authorized";
import { AppError } from "@/lib/data/errors";
import { createUser } from "@/lib/data/users/create-user";
import { problemResponse, validationProblem } from "@/lib/http/problem";
import { newUserSchema } from "@/lib/validation/user";

export const dynamic = "force-dynamic";

/** Creates a staff account (admins only). */
export const POST = authorizedRoute("users.manage", async (user, request) => {
  const body = await request.json().catch(() => null);
  const parsed = newUserSchema.safeParse(body);
  if (!parsed.success) return validationProblem(parsed.error);
  try {
    const { id } = await createUser(parsed.data, user);
    return Response.json({ id }, { status: 201 });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT")
      return problemResponse({ status: 409, title: "Conflict", detail: error.message });
    throw error;
  }
});
