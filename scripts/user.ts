// `npm run user -- <command>`: manage local accounts in the sign-in store (the same AUTH_SECRET, AUTH_DATA_DIR
// or DATABASE_URL as the dashboard). With the default embedded store, run it while the dashboard is stopped:
// PGlite opens its data directory from one process at a time.
//
//   npm run user -- add --email ops@example.com --name "Ops" --role operator   (password from USER_PASSWORD or stdin)
//   npm run user -- set-role --email ops@example.com --role admin
//   npm run user -- list
import { parseArgs } from "node:util";
import { isRole } from "@/lib/auth/roles";
import { ensureUser, getAuth } from "@/lib/auth/server";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/settings";
import { closeAppDatabase } from "@/lib/db";

async function readPassword(): Promise<string> {
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD;
  if (process.stdin.isTTY)
    process.stderr.write("Password (input shown; prefer piping it or USER_PASSWORD): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && String(chunk).includes("\n")) break;
  }
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function fail(message: string): never {
  console.error(`user: ${message}`);
  process.exit(2);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  // Before the store opens: on a non-loopback host this would refuse, but a command binds no port.
  process.env.HOSTNAME ??= "127.0.0.1";
  const { auth } = await getAuth().catch((error: Error) => fail(error.message));
  const context = await auth.$context;
  const email = values.email?.trim().toLowerCase();
  const role = values.role?.trim().toLowerCase();

  if (command === "add") {
    if (!email) fail("--email is required");
    if (!isRole(role)) fail("--role must be viewer, auditor, operator or admin");
    const password = await readPassword();
    if (password.length < MIN_PASSWORD_LENGTH)
      fail(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
    const created = await ensureUser(auth, { email, password, name: values.name?.trim() || email, role });
    console.log(created ? `Added ${email} as ${role}.` : `${email} already exists; nothing changed.`);
  } else if (command === "set-role") {
    if (!email) fail("--email is required");
    if (!isRole(role)) fail("--role must be viewer, auditor, operator or admin");
    const found = await context.internalAdapter.findUserByEmail(email);
    if (!found) fail(`no user has the email ${email}`);
    await context.internalAdapter.updateUser(found.user.id, { role });
    console.log(`${email} is now ${role}.`);
  } else if (command === "list") {
    const users = await context.internalAdapter.listUsers();
    for (const user of users)
      console.log(`${user.email}\t${(user as { role?: string }).role ?? "-"}\t${user.name}`);
  } else {
    fail("commands: add, set-role, list (see the comment at the top of scripts/user.ts)");
  }
}

main()
  .then(() => closeAppDatabase())
  .catch((error) => {
    console.error(`user: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
