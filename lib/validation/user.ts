import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { key } from "./messages";
import { safeText } from "./safe-text";

export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, key("passwordTooShort")).max(256, key("passwordTooLong"));

/** A member of staff's name, as an admin gives it and as they change it themselves (lib/auth/hooks/name-change-check.ts). */
export const userNameSchema = safeText(z.string().trim().min(1, key("name")).max(200));

/** The longest address email allows (RFC 5321's 254-character path). */
const MAX_EMAIL_LENGTH = 254;

export const newUserSchema = z.object({
  email: z
    .email(key("email"))
    .max(MAX_EMAIL_LENGTH)
    .transform((e) => e.toLowerCase()),
  name: userNameSchema,
  role: z.enum(ROLES, { message: key("role") }),
  password: passwordSchema,
});

export type NewUser = z.input<typeof newUserSchema>;

/** One's own password change; "mismatch" is put into words by the form itself. */
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema, confirm: z.string().max(256) })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "mismatch" });

/** A staff account's id as the URL and the staff page's forms carry it. */
export const accountIdSchema = z.string().trim().min(1).max(100);

/** What an admin may change on someone's account: whether it is disabled, and its role. */
export const accountChangeSchema = z
  .strictObject({ disabled: z.boolean().optional(), role: z.enum(ROLES, { message: key("role") }).optional() })
  .refine((change) => change.disabled !== undefined || change.role !== undefined, { message: key("required") });

export type AccountChange = z.output<typeof accountChangeSchema>;
