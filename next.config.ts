import type { NextConfig } from "next";

// Framing headers (frame-ancestors, X-Frame-Options) depend on EMBED_ALLOWED_ORIGINS at run time: see proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

const nextConfig: NextConfig = {
  // Lets two builds of the same tree coexist (parallel work on one machine); the default is Next's own.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
