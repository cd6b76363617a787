// Who may put Ledger Desk in an iframe: only the embed pages, and only for the origins an operator lists in
// EMBED_ALLOWED_ORIGINS; every other page refuses framing (clickjacking protection).

export const EMBED_PATH_PREFIX = "/embed/";

/** Parses `EMBED_ALLOWED_ORIGINS` ("https://crm.example.com http://localhost:8080", comma or space separated). */
export function parseAllowedOrigins(text: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (text ?? "").split(/[\s,]+/).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`EMBED_ALLOWED_ORIGINS: "${entry}" is not an origin such as https://crm.example.com`);
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== entry.replace(/\/$/, "")) {
      throw new Error(
        `EMBED_ALLOWED_ORIGINS: "${entry}" must be a bare origin (scheme, host and port, no path), such as https://crm.example.com`,
      );
    }
    origins.push(url.origin);
  }
  return origins;
}

/**
 * Who may frame a path, as a CSP `frame-ancestors` source list: the embed pages list the allowed origins, all
 * else refuses (and then also sends X-Frame-Options DENY, for browsers that predate frame-ancestors).
 */
export function frameAncestors(
  pathname: string,
  allowedOrigins: readonly string[],
): { sources: string; denyHeader: boolean } {
  if (pathname.startsWith(EMBED_PATH_PREFIX) && allowedOrigins.length > 0) {
    return { sources: allowedOrigins.join(" "), denyHeader: false };
  }
  return { sources: "'none'", denyHeader: true };
}
