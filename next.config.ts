import type { NextConfig } from "next";

// The Content-Security-Policy (with a per-response nonce, and frame-ancestors from EMBED_ALLOWED_ORIGINS at run
// time) and X-Frame-Options are set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

const nextConfig: NextConfig = {
  // Lets two builds of the same tree coexist (parallel work on one machine); the default is Next's own.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // forbidden() / unauthorized() for role checks in pages and server actions (lib/auth/actor.ts).
  experimental: {
    authInterrupts: true,
    // A fully prefetched page (the Balances "Next" link) is reused for 30 s, not Next's default 5 minutes:
    // balances move, and a page older than that is fetched again on click.
    staleTimes: { static: 30 },
  },
  // The sign-in store's database drivers load their own files (PGlite's WASM) at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
