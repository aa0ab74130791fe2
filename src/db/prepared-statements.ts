import type { Sql } from 'postgres';

/**
 * Statements with more parameters than this are not prepared: their shape varies with the data (a batch insert's
 * row count), so each would stay on every connection as a prepared statement of its own, used once.
 */
const MAX_PREPARED_PARAMETERS = 64;

type Unsafe = Sql['unsafe'];
type UnsafeOptions = NonNullable<Parameters<Unsafe>[2]>;

/**
 * A postgres.js client whose parameterised statements are prepared: parsed and planned once per connection, then
 * run in one round trip. Drizzle and pg-boss run every statement through `unsafe`, which postgres.js leaves
 * unprepared, so each one was parsed, planned and described in an extra round trip first. That was most of the
 * PostgreSQL CPU of a webhook acknowledgement, whose pg-boss job insert is a large statement.
 * Transactions and savepoints hand out clients of their own, so those are wrapped too.
 */
export function preparingStatements(client: Sql): Sql {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'unsafe') {
        const unsafe: Unsafe = (text, parameters, options) =>
          target.unsafe(text, parameters, withPrepare(parameters?.length ?? 0, options));
        return unsafe;
      }
      if (property === 'begin' || property === 'savepoint') {
        const open = Reflect.get(target, property, target) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => open.apply(target, args.map(wrapCallback));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function withPrepare(parameterCount: number, options: UnsafeOptions | undefined): UnsafeOptions {
  // Without parameters postgres.js uses the simple protocol, which may carry several statements: leave it be.
  if (parameterCount === 0) return options ?? {};
  return { ...options, prepare: parameterCount <= MAX_PREPARED_PARAMETERS };
}

function wrapCallback(argument: unknown): unknown {
  if (typeof argument !== 'function') return argument;
  return (scoped: Sql) => (argument as (client: Sql) => unknown)(preparingStatements(scoped));
}
