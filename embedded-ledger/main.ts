// `npm run ledger`: the embedded ledger on its own. Reads LEDGER_PORT (5001), LEDGER_DATA_DIR (.data/ledger),
// LEDGER_SEED (demo | none), LEDGER_SECRET_KEY and LEDGER_CORE_PROFILE (http/profile.ts); stops cleanly on
// SIGINT/SIGTERM with the data intact.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startLedger } from "./app";
import { type CoreProfile, coreProfile } from "./http/profile";
import { isLedgerEmpty, seedDemo } from "./seed/demo";

function fail(message: string): never {
  console.error(`Embedded ledger cannot start: ${message}`);
  process.exit(1);
}

function readConfig(env: NodeJS.ProcessEnv) {
  const portText = env.LEDGER_PORT?.trim() || "5001";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65_535) {
    fail(`LEDGER_PORT must be a port number between 1 and 65535 (got "${portText}")`);
  }
  const seed = env.LEDGER_SEED?.trim() || "demo";
  if (seed !== "demo" && seed !== "none") fail(`LEDGER_SEED must be "demo" or "none" (got "${seed}")`);
  const dataDir = path.resolve(env.LEDGER_DATA_DIR?.trim() || ".data/ledger");
  const secretKey = env.LEDGER_SECRET_KEY?.trim() || undefined;
  let profile: CoreProfile;
  try {
    profile = coreProfile(env.LEDGER_CORE_PROFILE);
  } catch (error) {
    fail((error as Error).message);
  }
  return { port, seed, dataDir, secretKey, profile };
}

async function main() {
  const config = readConfig(process.env);
  mkdirSync(config.dataDir, { recursive: true });
  const onStartError = (error: unknown) => fail(error instanceof Error ? error.message : String(error));
  // Seed on a private port first, so /health only answers once the demo data is complete.
  if (config.seed === "demo") {
    const seeding = await startLedger({ dataDir: config.dataDir, port: 0 }).catch(onStartError);
    if (await isLedgerEmpty(seeding.db)) {
      const started = Date.now();
      const counts = await seedDemo(seeding.url);
      console.info(
        `Embedded ledger: demo data seeded (${counts.ledgers} ledgers, ${counts.identities} identities, ` +
          `${counts.balances} balances, ${counts.transactions} transactions) in ${Date.now() - started} ms`,
      );
    }
    await seeding.close();
  }
  const ledger = await startLedger({
    dataDir: config.dataDir,
    port: config.port,
    host: "127.0.0.1",
    secretKey: config.secretKey,
    profile: config.profile,
  }).catch(onStartError);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`Embedded ledger: ${signal} received, closing the database…`);
    await ledger.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  const answering = config.profile.name === "current" ? "" : `, answering as Core ${config.profile.name}`;
  console.info(`Embedded ledger: listening on ${ledger.url} (data in ${config.dataDir}${answering})`);
}

void main();
