import type { PGlite } from "@electric-sql/pglite";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from "kysely";

/**
 * Kysely on PGlite, so the sign-in library's own Postgres adapter and Ledger Desk's tables run on the embedded
 * database. PGlite has a single connection: every driver made from one dialect (the sign-in library's Kysely
 * and the app's) hands it to one query or transaction at a time, in order, so a query never lands inside
 * another's transaction.
 */
export class PGliteDialect implements Dialect {
  private readonly lock = { queue: Promise.resolve() };
  constructor(private readonly open: () => Promise<PGlite>) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.open, this.lock);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}

class PGliteDriver implements Driver {
  private db: PGlite | undefined;

  constructor(
    private readonly open: () => Promise<PGlite>,
    private readonly lock: { queue: Promise<void> },
  ) {}

  async init() {
    this.db = await this.open();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.lock.queue;
    let release!: () => void;
    this.lock.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    if (!this.db) {
      release();
      throw new Error("PGlite is not open");
    }
    return new PGliteConnection(this.db, release);
  }

  async beginTransaction(connection: DatabaseConnection) {
    await (connection as PGliteConnection).exec("begin");
  }
  async commitTransaction(connection: DatabaseConnection) {
    await (connection as PGliteConnection).exec("commit");
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await (connection as PGliteConnection).exec("rollback");
  }
  async releaseConnection(connection: DatabaseConnection) {
    (connection as PGliteConnection).release();
  }
  async destroy() {
    // The database is shared for the life of the process (see db.ts); closing it is the owner's job.
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(
    private readonly db: PGlite,
    readonly release: () => void,
  ) {}

  async exec(sql: string) {
    await this.db.exec(sql);
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.db.query<R>(compiled.sql, [...compiled.parameters]);
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected !== undefined && compiled.query.kind !== "SelectQueryNode"
        ? { numAffectedRows: BigInt(affected) }
        : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors; Kysely only streams when asked to.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PGlite does not support streaming queries");
  }
}
