import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "Use at most 256 characters");

export const newUserSchema = z.object({
  email: z.email("Give a valid email address").transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, "Give a name").max(200),
  role: z.enum(ROLES, { message: `The role is one of ${ROLES.join(", ")}` }),
  password: passwordSchema,
});

export type NewUser = z.input<typeof newUserSchema>;
