"use client";

import { createAuthClient } from "better-auth/react";

/** The browser side of the sign-in library: posts to /api/auth on this origin; sessions live in httpOnly cookies. */
export const authClient = createAuthClient();
