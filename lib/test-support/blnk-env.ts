// Test-only: BLNK_URL set to what the write paths must fail on, with the form-level message each answers.
import { closedPort } from "@/lib/blnk/test-server";

/** BLNK_URL at a port that refuses connections; answers the message naming that URL. */
export async function pointBlnkAtClosedPort(): Promise<string> {
  const port = await closedPort();
  process.env.BLNK_URL = `http://127.0.0.1:${port}`;
  return `Cannot reach Blnk at http://127.0.0.1:${port}. Check that it is running and BLNK_URL is correct.`;
}

/** BLNK_URL that is no http(s) URL; answers the message naming the variable. */
export function misconfigureBlnkUrl(): string {
  process.env.BLNK_URL = "localhost:5001";
  return 'Ledger Desk is not configured correctly: BLNK_URL must be an http(s) URL such as http://localhost:5001 (got "localhost:5001")';
}
