"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { createUser } from "@/lib/data/users/create-user";
import { formStateFromError } from "@/lib/errors/form-state-from-error";
import { fieldErrors } from "@/lib/forms/field-errors";
import { newUserSchema } from "@/lib/validation/user";

export interface CreateUserState {
  status: "idle" | "created" | "invalid" | "exists" | "error" | "unauthorized" | "forbidden";
  fieldErrors: Partial<Record<"email" | "name" | "role" | "password", string>>;
  message?: string;
  values: { email: string; name: string; role: string };
  createdEmail?: string;
}

function typedValues(form: FormData): CreateUserState["values"] {
  return { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "") };
}

export const createUserAction = authorizedAction(
  "users.manage",
  async (user, _previous: CreateUserState, form: FormData): Promise<CreateUserState> => {
    const values = typedValues(form);
    const parsed = newUserSchema.safeParse({ ...values, password: form.get("password") });
    const t = await getTranslations("validation");
    if (!parsed.success) {
      return { status: "invalid", fieldErrors: fieldErrors(parsed.error, t), values };
    }
    try {
      await createUser(parsed.data, user);
    } catch (error) {
      const { status, fieldErrors, message } = formStateFromError(error, t);
      return { status: status === "invalid" ? "exists" : status === "conflict" ? "error" : status, fieldErrors, message, values };
    }
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "created", fieldErrors: {}, values: { email: "", name: "", role: values.role }, createdEmail: parsed.data.email };
  },
  (failure, _previous, form): CreateUserState => ({
    status: failure.status === "unauthorized" ? "unauthorized" : "forbidden",
    fieldErrors: {},
    message: failure.message,
    values: typedValues(form),
  }),
);
