import { expect } from "@playwright/test";

/** Referrer policies that never send a full URL (path and query) to another origin. */
export const SAFE_REFERRER_POLICIES = [
  "no-referrer",
  "same-origin",
  "strict-origin",
  "strict-origin-when-cross-origin",
  "origin",
  "origin-when-cross-origin",
];

/** The directives of a Content-Security-Policy header, by name. */
export function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/**
 * Asserts the security headers every response must carry: a CSP whose scripts need a nonce and never eval,
 * frame-ancestors, nosniff and a Referrer-Policy. Returns the response's script nonce.
 */
export function expectSecurityHeaders(headers: Record<string, string>, label: string): string {
  const policy = headers["content-security-policy"];
  expect(policy, `${label}: Content-Security-Policy`).toBeTruthy();
  const directives = cspDirectives(policy ?? "");
  expect(policy, `${label}: no unsafe-eval`).not.toContain("unsafe-eval");
  const scriptSrc = directives.get("script-src") ?? directives.get("default-src") ?? [];
  expect(scriptSrc, `${label}: script-src without a wildcard`).not.toContain("*");
  const nonces = scriptSrc.filter((value) => /^'nonce-[A-Za-z0-9+/_=-]{16,}'$/.test(value));
  expect(nonces, `${label}: script-src has one nonce (${policy})`).toHaveLength(1);
  expect(directives.get("frame-ancestors")?.length ?? 0, `${label}: frame-ancestors`).toBeGreaterThan(0);
  expect(directives.get("object-src"), `${label}: object-src`).toEqual(["'none'"]);
  expect(headers["x-content-type-options"], `${label}: X-Content-Type-Options`).toBe("nosniff");
  expect(SAFE_REFERRER_POLICIES, `${label}: Referrer-Policy ${headers["referrer-policy"]}`).toContain(
    headers["referrer-policy"],
  );
  return (nonces[0] ?? "").slice("'nonce-".length, -1);
}

/** Every `<script …>` start tag in served HTML, with its nonce attribute (if any). */
export function scriptTags(html: string): Array<{ tag: string; nonce: string | undefined }> {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => ({
    tag: match[0].slice(0, 160),
    nonce: /\snonce="([^"]*)"/i.exec(match[0])?.[1],
  }));
}

/**
 * Installed with page.addInitScript: records every CSP violation the page reports, so a test can read
 * `window.__cspViolations` after loading.
 */
export function recordCspViolations() {
  const store: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
  document.addEventListener("securitypolicyviolation", (event) => {
    store.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile})`);
  });
}
