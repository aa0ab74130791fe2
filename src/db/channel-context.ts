import type { z } from 'zod';

/**
 * A request's `channel_context` read back through its channel's schema (each channel keeps its own beside its
 * workers): the context, or a one-line account of what does not fit. The account names fields and expectations,
 * never the stored values.
 */
export type StoredChannelContext<Context> = { ok: true; context: Context } | { ok: false; problem: string };

export function readChannelContext<Schema extends z.ZodType>(schema: Schema, stored: unknown): StoredChannelContext<z.output<Schema>> {
  const parsed = schema.safeParse(stored);
  if (parsed.success) return { ok: true, context: parsed.data };
  const issues = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the context'}: ${issue.message}`);
  return { ok: false, problem: `the stored channel context does not fit: ${issues.join('; ')}` };
}
