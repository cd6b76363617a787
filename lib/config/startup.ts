import "server-only";
import { describeBlnkConfig, getBlnkConfig } from "@/lib/blnk/config";
import { parseAllowedOrigins } from "@/lib/security/frame-ancestors";
import { getPrecisionTable } from "./precision-table";

/** Validates every setting; on a bad one, prints why and exits, since nothing would work anyway. */
export function checkConfigAtStartup(env: NodeJS.ProcessEnv = process.env) {
  try {
    getBlnkConfig(env);
    getPrecisionTable(env);
    parseAllowedOrigins(env.EMBED_ALLOWED_ORIGINS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Ledger Desk cannot start: ${reason}`);
    process.exit(1);
  }
  console.info(`Ledger Desk: ${describeBlnkConfig(env)}`);
}
