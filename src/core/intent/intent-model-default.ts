import type { IntentModel } from './intent-model.ts';
import trained from './intent-model.json' with { type: 'json' };

/** The model `npm run train:intent` wrote from the labelled corpus; committed, never fetched. */
export const TRAINED_INTENT_MODEL = trained as IntentModel;
