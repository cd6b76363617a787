// Where Ledger Desk keeps its own data; no database code here, so client-side schemas may import settings.

export type AppDatabase = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const DEFAULT_DATA_DIR = ".data/auth";

/** DATABASE_URL, else the embedded store in AUTH_DATA_DIR. Throws naming the variable on a bad value. */
export function appDatabaseSettings(env: NodeJS.ProcessEnv): AppDatabase {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL");
    return { kind: "postgres", url };
  }
  return { kind: "pglite", dataDir: env.AUTH_DATA_DIR?.trim() || DEFAULT_DATA_DIR };
}
