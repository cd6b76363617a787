// Test-only: the people the write paths' tests act as.
import type { Actor } from "@/lib/auth/actor";

/** A signed-in operator. */
export const OPS: Actor = {
  id: "usr_ops",
  name: "Ops",
  email: "ops@example.com",
  role: "operator",
  mode: "sign-in",
};
