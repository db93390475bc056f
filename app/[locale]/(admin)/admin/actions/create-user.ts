"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { AppError } from "@/lib/data/errors";
import { createUser } from "@/lib/data/users/create-user";
import { fieldErrors } from "@/lib/validation/field-errors";
import { refusalText } from "@/lib/validation/messages";
import { newUserSchema } from "@/lib/validation/user";

export interface CreateUserState {
  status: "idle" | "created" | "invalid" | "exists";
  fieldErrors: Partial<Record<"email" | "name" | "role" | "password", string>>;
  values: { email: string; name: string; role: string };
  createdEmail?: string;
}

export const createUserAction = authorizedAction(
  "users.manage",
  async (user, _previous: CreateUserState, form: FormData): Promise<CreateUserState> => {
    const values = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "") };
    const parsed = newUserSchema.safeParse({ ...values, password: form.get("password") });
    const t = await getTranslations("validation");
    if (!parsed.success) {
      return { status: "invalid", fieldErrors: fieldErrors(parsed.error, t), values };
    }
    try {
      await createUser(parsed.data, user);
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT")
        return { status: "exists", fieldErrors: { email: refusalText(error, t) }, values };
      throw error;
    }
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "created", fieldErrors: {}, values: { email: "", name: "", role: values.role }, createdEmail: parsed.data.email };
  },
);
