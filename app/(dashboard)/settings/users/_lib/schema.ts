import type { ActionResult } from "@/lib/actions/result";
import { ROLES } from "@/lib/auth/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/settings";
import { z } from "@/lib/zod";

// One schema for the "Add user" form in the browser and its server action.
export const addUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter an email address.")
    .max(254, "Use at most 254 characters.")
    .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "Enter an email address such as ops@example.com."),
  name: z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  role: z.enum(ROLES, { error: "Choose Viewer, Auditor, Operator or Admin." }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(128, "Use at most 128 characters."),
});

export const setRoleSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(ROLES, { error: "Choose Viewer, Auditor, Operator or Admin." }),
});

export type AddUserInput = z.input<typeof addUserSchema>;
export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string | null;
  createdAt: string;
  isYou: boolean;
};
export type UserActionResult = ActionResult<null, keyof AddUserInput>;
