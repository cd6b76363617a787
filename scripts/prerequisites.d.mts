// Types for scripts/prerequisites.mjs (plain ESM, run by Node without a build step).

export declare const DEFAULT_CHROMIUM: string;
export declare const POSTGRES_ROOT: string;

export type RunResult = { status: number; output?: string };
export type PrerequisiteDeps = {
  env: Record<string, string | undefined>;
  /** An executable file at this path. */
  exists(file: string): boolean;
  /** Entry names of a directory, [] when it does not exist. */
  listDir(dir: string): string[];
  isRoot: boolean;
  run(command: string, args: string[], env?: Record<string, string>): RunResult;
  log(line: string): void;
};

export type Prerequisites =
  | { ok: true; chromiumPath: string; postgresBin: string; notes: string[] }
  | { ok: false; message: string };

export declare function onPath(name: string, deps: Pick<PrerequisiteDeps, "env" | "exists">): string | null;
export declare function findChromium(deps: Pick<PrerequisiteDeps, "env" | "exists">): {
  path: string | null;
  ignored?: string;
};
export declare function findPostgres(deps: Pick<PrerequisiteDeps, "exists" | "listDir">): string | null;
export declare function ensurePrerequisites(deps: PrerequisiteDeps): Prerequisites;
export declare function systemDeps(env?: Record<string, string | undefined>): PrerequisiteDeps;
