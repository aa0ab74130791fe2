import { describe, expect, expectTypeOf, it } from 'vitest';
import { DECISION_KINDS, type DecisionKind } from './decision.ts';

describe('DECISION_KINDS', () => {
  it('lists every kind of decision once', () => {
    expectTypeOf<(typeof DECISION_KINDS)[number]>().toEqualTypeOf<DecisionKind>();
    expect(new Set(DECISION_KINDS).size).toBe(DECISION_KINDS.length);
  });
});
