// Run by playwright.config.ts before a sign-in dashboard starts (AUTH_DATA_DIR and AUTH_SECRET set):
// adds the named test accounts in one process, instead of one `npm run user` process (and one database
// start) for each. Usage: tsx --conditions=react-server e2e/support/add-users.ts viewer lockable …
import { ensureUser, getAuth } from "@/lib/auth/server";
import { closeAppDatabase } from "@/lib/db";
import { E2E } from "./env";

const people = {
  operator: { ...E2E.accounts.operator, role: "operator" },
  viewer: { ...E2E.accounts.viewer, role: "viewer" },
  auditor: { ...E2E.accounts.auditor, role: "auditor" },
  lockable: { ...E2E.lockableAccount, role: "viewer" },
} as const;

async function main() {
  process.env.HOSTNAME ??= "127.0.0.1";
  const { auth } = await getAuth();
  for (const name of process.argv.slice(2)) {
    const person = people[name as keyof typeof people];
    if (!person) throw new Error(`add-users: no test account called ${name}`);
    await ensureUser(auth, person);
  }
  await closeAppDatabase();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
