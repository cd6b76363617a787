// Runs once when the server starts, before it takes requests: a misconfigured deployment stops here with a
// message naming the variable, instead of failing on the first page view.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Uncaught errors as one structured line each, the Blnk key masked (Next logs them too, but unstructured).
  (await import("./lib/logging/process-errors")).logProcessErrors();
  const { checkConfigAtStartup } = await import("./lib/config/startup");
  await checkConfigAtStartup();
  // The client's address from the socket (or a trusted proxy), before any request reaches Next.
  (await import("./lib/security/client-address")).installClientAddress();
  // What the Blnk key may do there, one warning line per problem; not awaited, never stops the server.
  void (await import("./lib/connection/startup")).logConnectionAtStartup();
}
