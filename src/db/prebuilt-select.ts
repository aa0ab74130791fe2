import { getTableColumns } from 'drizzle-orm';
import { type PgTable, QueryBuilder, type SelectedFieldsOrdered } from 'drizzle-orm/pg-core';
import type { Drizzle } from './database.ts';

/** A selection of whole tables under names of our choosing: `{ credential: credentials, issuer: issuers }`. */
type TableSelection = Record<string, PgTable>;

type RowOf<Selection extends TableSelection> = { [Name in keyof Selection]: Selection[Name]['$inferSelect'] };

type Built = { toSQL(): { sql: string; params: unknown[] } };

/**
 * A select built once and run on any session. Drizzle builds a query's SQL anew on every call: for the credential
 * lookup (a join of two tables) that took longer than PostgreSQL needed to answer it, and its garbage lengthened
 * the tail. drizzle's own `prepare()` binds a query to one session, while ours run in a
 * transaction per request; so the SQL is built here once, with `sql.placeholder`s for the values, and handed to
 * whichever session runs it (the database's or a transaction's) through the session's `prepareQuery`, which maps
 * the rows as a drizzle select does.
 */
export function prebuiltSelect<Selection extends TableSelection>(
  selection: Selection,
  build: (select: ReturnType<QueryBuilder['select']>) => Built,
): (db: Drizzle, values: Record<string, unknown>) => Promise<RowOf<Selection>[]> {
  let prepared: { query: { sql: string; params: unknown[] }; fields: SelectedFieldsOrdered } | undefined;
  return async (db, values) => {
    prepared ??= {
      query: build(new QueryBuilder().select(selection)).toSQL(),
      // What the select lists: each table's columns in the order of its definition, under the selection's names.
      fields: Object.entries(selection).flatMap(([name, table]) =>
        Object.entries(getTableColumns(table)).map(([key, column]) => ({ path: [name, key], field: column })),
      ),
    };
    const statement = db._.session.prepareQuery(prepared.query, prepared.fields, undefined, true);
    return (await statement.execute(values)) as RowOf<Selection>[];
  };
}
