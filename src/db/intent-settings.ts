import { eq } from 'drizzle-orm';
import { areValidThresholds, type IntentThresholds } from '../core/intent/intent-thresholds.ts';
import { type CachedReadOptions, createCachedRead } from './cached-read.ts';
import type { Drizzle } from './database.ts';
import { intentSettings } from './schema.ts';

const ROW_ID = 'intent';

export interface ThresholdsInForce {
  thresholds: IntentThresholds;
  /** `stored`: set by staff (the console); `configured`: INTENT_ACT_THRESHOLD / INTENT_SUGGEST_THRESHOLD. */
  source: 'stored' | 'configured';
  updatedBy?: string;
  updatedAt?: Date;
}

/** The thresholds staff stored, else the configured ones. One query. */
export async function readIntentThresholds(db: Drizzle, configured: IntentThresholds): Promise<ThresholdsInForce> {
  const [row] = await db.select().from(intentSettings).where(eq(intentSettings.id, ROW_ID));
  if (!row) return { thresholds: configured, source: 'configured' };
  return {
    thresholds: { act: row.actThreshold, suggest: row.suggestThreshold },
    source: 'stored',
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}

/** Stores thresholds that replace the configured ones on every process within its reader's `maxAgeMs`. */
export async function setIntentThresholds(db: Drizzle, thresholds: IntentThresholds, changedBy: string): Promise<void> {
  if (!areValidThresholds(thresholds)) throw new RangeError('intent thresholds: need 0 < suggest <= act <= 1');
  const values = { actThreshold: thresholds.act, suggestThreshold: thresholds.suggest, updatedBy: changedBy, updatedAt: new Date() };
  await db
    .insert(intentSettings)
    .values({ id: ROW_ID, ...values })
    .onConflictDoUpdate({ target: intentSettings.id, set: values });
}

/** Drops the stored thresholds: the configured ones apply again. */
export async function clearIntentThresholds(db: Drizzle): Promise<void> {
  await db.delete(intentSettings).where(eq(intentSettings.id, ROW_ID));
}

/** The message workers' reader of the thresholds in force, read at most `maxAgeMs` ago. */
export function createIntentThresholdsReader(db: Drizzle, configured: IntentThresholds, options: CachedReadOptions): () => Promise<IntentThresholds> {
  const read = createCachedRead(() => readIntentThresholds(db, configured), options);
  return async () => (await read()).thresholds;
}
