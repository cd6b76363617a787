import { resolveRoute } from "@/lib/search/routes";

// Role check, input parsing and the answer's shape: lib/search/routes.ts (defineRoute).
export const GET = resolveRoute;
