import { type ActionResult, unwrap } from "@/lib/actions/result";

// The browser's reads of the dashboard's own JSON routes (app/api/…, made by lib/actions/define-route.ts):
// never Blnk, which the browser cannot reach. Each is cancellable, so a search whose text is out of date
// stops at once instead of holding up the fresh one.

/** The data of `path?params`; a refusal or failure is thrown as an ActionError carrying its plain words. */
export async function getJson<T>(
  path: string,
  params: Record<string, string>,
  signal?: AbortSignal,
): Promise<T> {
  const url = `${path}?${new URLSearchParams(params)}`;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" }, cache: "no-store" });
  } catch (error) {
    if (signal?.aborted) throw error;
    return unwrap<T>({
      ok: false,
      error: "Ledger Desk did not answer. Check your connection and try again.",
    });
  }
  let result: ActionResult<T>;
  try {
    result = (await response.json()) as ActionResult<T>;
  } catch (error) {
    if (signal?.aborted) throw error;
    // Not one of our answers (a proxy's error page, a cut-off body).
    result = { ok: false, error: `Ledger Desk answered ${response.status}. Try again.` };
  }
  return unwrap(result);
}
