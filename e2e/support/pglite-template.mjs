// `node e2e/support/pglite-template.mjs <dir>`: an empty PGlite data directory (initdb only), made once by
// scripts/test.mjs. Each e2e server copies it as its database instead of running initdb itself: seven
// servers start at once on two cores, and initdb is most of their start-up.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

const dir = process.argv[2];
rmSync(dir, { recursive: true, force: true });
// A fresh clone has no .data yet, and PGlite makes only the last folder of the path.
mkdirSync(path.dirname(dir), { recursive: true });
const db = await PGlite.create(dir);
await db.close();
