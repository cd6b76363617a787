// The Content-Security-Policy of every response. Scripts run only with this response's nonce (Next adds it to
// its own scripts; 'strict-dynamic' lets those load their chunks), never from eval. Styles allow inline
// attributes: Radix and React write `style="…"` on server-rendered markup, and style cannot run code.

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy(options: {
  nonce: string;
  frameAncestors: string;
  dev?: boolean;
}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors}`,
  ].join("; ");
}
