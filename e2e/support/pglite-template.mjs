// `node e2e/support/pglite-template.mjs <dir>`: an empty PGlite data directory (initdb only), made once by
// scripts/test.mjs. Each e2e server copies it as its database instead of running initdb itself: seven
// servers start at once on two cores, and initdb is most of their start-up.
import { rmSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";

const dir = process.argv[2];
rmSync(dir, { recursive: true, force: true });
const db = await PGlite.create(dir);
await db.close();
