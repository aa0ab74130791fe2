import type { Drizzle } from './database.ts';

/** What an insert or update builder offers once built: its SQL, and (internal to drizzle) what it returns. */
interface BuiltStatement {
  toSQL(): { sql: string; params: unknown[] };
}

type ReturningFields = Parameters<Drizzle['_']['session']['prepareQuery']>[1];

/**
 * An insert or update whose SQL is built once, with `sql.placeholder`s for its values, and run on whichever
 * session is given (the database's or a transaction's), as prebuiltSelect does for selects: drizzle builds a
 * statement's SQL anew on every call, and a ticket runs many of them, so building was a large share of the
 * service's CPU and allocations (docs/performance.md). Rows come back mapped as drizzle's `returning()` maps them.
 *
 * `build` is called once, on the first call's session; the SQL does not depend on the session (both drivers use
 * drizzle's PostgreSQL dialect).
 */
export function prebuiltStatement<Row = never>(
  build: (db: Drizzle) => BuiltStatement,
): (db: Drizzle, values: Record<string, unknown>) => Promise<Row[]> {
  let prepared: { query: { sql: string; params: unknown[] }; returning: ReturningFields } | undefined;
  return async (db, values) => {
    if (prepared === undefined) {
      const statement = build(db);
      // drizzle keeps a builder's returning fields, already ordered for mapping, in its (internal) config.
      const returning = (statement as unknown as { config: { returning?: ReturningFields } }).config.returning;
      prepared = { query: statement.toSQL(), returning };
    }
    const query = db._.session.prepareQuery(prepared.query, prepared.returning, undefined, true);
    const result = await query.execute(values);
    return prepared.returning ? (result as Row[]) : [];
  };
}
