import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { key } from "./messages";

export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, key("passwordTooShort")).max(256, key("passwordTooLong"));

export const newUserSchema = z.object({
  email: z.email(key("email")).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, key("name")).max(200),
  role: z.enum(ROLES, { message: key("role") }),
  password: passwordSchema,
});

export type NewUser = z.input<typeof newUserSchema>;

/** One's own password change; "mismatch" is put into words by the form itself. */
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1), newPassword: passwordSchema, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "mismatch" });

/** A staff account's id as the URL and the staff page's forms carry it. */
export const accountIdSchema = z.string().trim().min(1).max(100);

/** What an admin may change on someone's account: whether it is disabled, and its role. */
export const accountChangeSchema = z
  .strictObject({ disabled: z.boolean().optional(), role: z.enum(ROLES, { message: key("role") }).optional() })
  .refine((change) => change.disabled !== undefined || change.role !== undefined, { message: key("required") });

export type AccountChange = z.output<typeof accountChangeSchema>;
