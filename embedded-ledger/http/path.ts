// Request paths as Core's router sees them. Go's HTTP server unescapes the target's path (`%XX` → that byte, url
// package, path mode) and itself answers a bare "400 Bad Request" when an escape is malformed; gin then routes on
// that unescaped path, since Core builds its router with gin.New() defaults (api/api.go:166, UseRawPath off). So
// `%2F` separates segments like `/`, `/balance%73/x` is the balances route, and a param holds the unescaped bytes,
// which need not be UTF-8.

export type PathSegment = {
  /** The segment as text; bytes that are not UTF-8 read as U+FFFD (they can never match a literal segment). */
  text: string;
  /** The bytes Go holds for it (a param's value as Core passes it on to Postgres). */
  bytes: Uint8Array;
};

/**
 * The path a malformed escape leaves for routing: on no route, and answered 400 by the first middleware. It holds
 * a NUL, which no unescaped path from a real request reaches with this suffix.
 */
export const MALFORMED_PATH = "/\u0000malformed-escape";

const HEX = /^[0-9A-Fa-f]{2}$/;
const utf8 = new TextDecoder("utf-8");

/** Go's `url.PathUnescape`-style decoding of a request path: the bytes, or null for a malformed `%` escape. */
export function unescapeGoPath(path: string): Uint8Array | null {
  const bytes: number[] = [];
  for (let index = 0; index < path.length; index++) {
    const char = path.charCodeAt(index);
    if (char === 0x25) {
      const hex = path.slice(index + 1, index + 3);
      if (!HEX.test(hex)) return null;
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else if (char < 0x80) {
      bytes.push(char);
    } else {
      // WHATWG URL parsing percent-encodes non-ASCII, so this only runs for a path built by hand.
      bytes.push(...new TextEncoder().encode(path[index]));
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * The unescaped path split at every `/` byte, trailing empty segments dropped (the ledger serves a trailing-slash
 * path as the route without it, where gin would redirect there); null when an escape is malformed. The first
 * segment is the empty one before the leading slash.
 */
export function routeSegments(pathname: string): PathSegment[] | null {
  const bytes = unescapeGoPath(pathname);
  if (!bytes) return null;
  const segments: PathSegment[] = [];
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x2f) {
      const part = bytes.subarray(start, index);
      segments.push({ text: utf8.decode(part), bytes: part });
      start = index + 1;
    }
  }
  while (segments.length > 1 && segments[segments.length - 1]?.bytes.length === 0) segments.pop();
  return segments;
}

/** First invalid position and its reported bytes, as Postgres's UTF-8 verifier finds them; null when valid. */
function firstInvalidUtf8(bytes: Uint8Array): Uint8Array | null {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    // pg_utf_mblen: the length the lead byte announces (1 for a continuation or invalid lead).
    let length = 1;
    if ((lead & 0xe0) === 0xc0) length = 2;
    else if ((lead & 0xf0) === 0xe0) length = 3;
    else if ((lead & 0xf8) === 0xf0) length = 4;
    const reported = bytes.subarray(index, Math.min(index + length, bytes.length, index + 8));
    if (lead === 0 || (length === 1 && lead >= 0x80) || index + length > bytes.length) return reported;
    if (length > 1) {
      const second = bytes[index + 1] ?? 0;
      let low = 0x80;
      let high = 0xbf;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
      else if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
      const leadOk = length !== 2 || lead >= 0xc2;
      const tailOk = bytes.subarray(index + 2, index + length).every((byte) => byte >= 0x80 && byte <= 0xbf);
      if (!leadOk || lead > 0xf4 || second < low || second > high || !tailOk) return reported;
    }
    index += length;
  }
  return null;
}

/**
 * Why Postgres refuses these bytes as a text parameter (a NUL, or not UTF-8): its message, naming the first bad
 * sequence the way report_invalid_encoding does (`0xc3 0x28`); null when Postgres takes them.
 */
export function postgresEncodingProblem(bytes: Uint8Array): string | null {
  const bad = firstInvalidUtf8(bytes);
  if (!bad) return null;
  const shown = [...bad].map((byte) => `0x${byte.toString(16).padStart(2, "0")}`).join(" ");
  return `invalid byte sequence for encoding "UTF8": ${shown}`;
}
