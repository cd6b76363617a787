// `node e2e/support/with-api-key.mjs "<scopes>" <command…>`: waits for the embedded ledger (BLNK_URL, master key
// in LEDGER_MASTER_KEY), creates a Core API key with exactly those scopes through POST /api-keys, and runs the
// command with BLNK_API_KEY set to it. The e2e dashboards on scoped keys start this way, as an operator would
// run Ledger Desk on a least-privilege key.
import { spawn } from "node:child_process";

const [scopesText, command, ...args] = process.argv.slice(2);
const blnkUrl = process.env.BLNK_URL;
const masterKey = process.env.LEDGER_MASTER_KEY;
if (!scopesText || !command || !blnkUrl || !masterKey) {
  console.error(
    "usage: BLNK_URL=… LEDGER_MASTER_KEY=… node e2e/support/with-api-key.mjs '<scopes>' <command…>",
  );
  process.exit(2);
}

const deadline = Date.now() + 180_000;
while (
  !(await fetch(`${blnkUrl}/health`).then(
    (r) => r.ok,
    () => false,
  ))
) {
  if (Date.now() > deadline) {
    console.error(`with-api-key: no ledger at ${blnkUrl}`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const response = await fetch(`${blnkUrl}/api-keys`, {
  method: "POST",
  headers: { "content-type": "application/json", "X-Blnk-Key": masterKey },
  body: JSON.stringify({
    name: `e2e ${scopesText}`,
    owner: "ledger-desk-e2e",
    scopes: scopesText.split(/\s+/).filter(Boolean),
    expires_at: new Date(Date.now() + 24 * 3600_000).toISOString(),
  }),
});
const text = await response.text();
const key = /"key":"([^"]+)"/.exec(text)?.[1];
if (response.status !== 201 || !key) {
  console.error(`with-api-key: POST /api-keys → ${response.status} ${text}`);
  process.exit(1);
}
const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, BLNK_API_KEY: key } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
