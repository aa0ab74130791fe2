import * as drizzleOrm from 'drizzle-orm';
import type { Drizzle } from './database.ts';

/**
 * A statement whose SQL text is built once, and run on whichever session is given.
 *
 * Why: drizzle builds a statement's SQL anew on every call, and a ticket runs about twenty statements; building was
 * a large share of the service's CPU and allocations (docs/performance.md). drizzle's own `prepare()` binds a
 * statement to the session that built it, while ours run in a transaction per message. So `build` runs once, with
 * `sql.placeholder`s for the values, and each call hands its SQL to the given session's `prepareQuery`, which maps
 * rows as drizzle's own select or `returning()` would. (Not to be confused with src/db/prepared-statements.ts,
 * which has the PostgreSQL server parse and plan each statement once per connection.)
 *
 * This reads two fields drizzle keeps inside its builders (a select's `fields`, an insert's or update's
 * `returning`): test/built-once.test.ts runs every kind against drizzle's own execution, so an upgrade that moves
 * them fails there. Selects: inner joins only (a left join's all-null side would need drizzle's nullability map).
 */
export function builtOnce<Row = never>(build: (db: Drizzle) => BuildableStatement): (db: Drizzle, values: Record<string, unknown>) => Promise<Row[]> {
  let built: { query: { sql: string; params: unknown[] }; fields: MappedFields | undefined } | undefined;
  return async (db, values) => {
    if (built === undefined) {
      const statement = build(db);
      built = { query: statement.toSQL(), fields: mappedFieldsOf(statement) };
    }
    const query = db._.session.prepareQuery(built.query, built.fields, undefined, true);
    const result = await query.execute(values);
    return built.fields ? (result as Row[]) : [];
  };
}

/** What a select, insert or update builder offers once built. */
export interface BuildableStatement {
  toSQL(): { sql: string; params: unknown[] };
}

type MappedFields = Parameters<Drizzle['_']['session']['prepareQuery']>[1];

/** How drizzle orders a select's fields for mapping: exported at run time, though not in its typings. */
const orderSelectedFields = (drizzleOrm as unknown as { orderSelectedFields: (fields: object) => MappedFields }).orderSelectedFields;

function mappedFieldsOf(statement: BuildableStatement): MappedFields | undefined {
  const config = (statement as unknown as { config?: { fields?: object; returning?: MappedFields } }).config;
  if (config === undefined) throw new Error('builtOnce: the builder keeps no config: has drizzle changed?');
  if (config.returning !== undefined) return config.returning;
  // An insert or update without `returning()` has no fields; a select always has them.
  return config.fields === undefined ? undefined : orderSelectedFields(config.fields);
}
