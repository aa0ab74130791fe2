import { createIntentReader } from '../src/core/intent/intent-reader.ts';
import { namedFeatures, namedFeatureIndex, gramText, visitGrams } from '../src/core/intent/intent-features.ts';
import { compileModel } from '../src/core/intent/intent-model.ts';
import { TRAINED_INTENT_MODEL } from '../src/core/intent/intent-model-default.ts';
const m = compileModel(TRAINED_INTENT_MODEL);
const reader = createIntentReader();
for (const text of process.argv.slice(2)) {
  const r = reader.readMessage(text);
  let cs = 0, ws = 0;
  const c = visitGrams(gramText(r), m.hashBits, (s) => { cs += m.weights[s]!; }, (s) => { ws += m.weights[s]!; });
  const { features } = namedFeatures(r, c.words / 2);
  console.log(text.slice(0, 80));
  console.log('  intercept', m.intercept.toFixed(2), 'chars', (cs / Math.sqrt(c.chars)).toFixed(2), 'words', (ws / Math.sqrt(c.words)).toFixed(2));
  console.log('  ' + features.map((f) => `${f}=${m.weights[namedFeatureIndex(f, m.hashBits)]!.toFixed(2)}`).join(' '));
}
