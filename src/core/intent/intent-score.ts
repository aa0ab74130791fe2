import type { Detection, SignalHit, Span } from './intent-detect.ts';
import type { SignalFamily } from './intent-signals.ts';

/**
 * Turns detected signals into a score. A message starts below the line; naming a credential and
 * saying it is missing lifts it over; a different sense of the word, a different sender, a request
 * with its own workflow, or a "got it" said last pulls it back. Positive means `missing_credential`;
 * its logistic is read as the probability.
 */

const BASELINE = -2.5;
const CREDENTIAL_NAMED = 1;
const EXTRA_MISSING_CLAIM = 0.5;
const MAX_EXTRA_MISSING = 1;
/** A missing claim counts only this close (in characters) to a credential, named or implied. */
const CREDENTIAL_REACH = 160;
/** A different sense ("SSL certificate") claims credential nouns this close to it. */
const SENSE_REACH = 24;
/** "Not received the invoice for my certificate": the nearer object wins, within this distance. */
const OBJECT_REACH = 40;
const OTHER_DELIVERABLE_MISSING = -4;
/** How much of a workflow request survives a flat "I never got it" in the same message. */
const WORKFLOW_UNDER_HARD_CLAIM = 0.25;
/** How much of a "got it" survives when the learner says something is missing after it. */
const RESOLUTION_BEFORE_CLAIM = 0.2;

export interface Score {
  score: number;
  /** Signal names in the order they were weighed, then the rules that changed their weight. */
  reasons: string[];
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function nearest(span: Span, others: readonly Span[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const other of others) best = Math.min(best, distance(span, other));
  return best;
}

function groupByFamily(hits: readonly SignalHit[]): Record<SignalFamily, SignalHit[]> {
  const groups: Record<SignalFamily, SignalHit[]> = {
    reference: [], implied_reference: [], missing: [], resolution: [], sense: [], audience: [], workflow: [],
  };
  for (const hit of hits) groups[hit.signal.family].push(hit);
  return groups;
}

interface Claims {
  /** Missing claims that are about a credential. */
  claims: SignalHit[];
  /** Some claim was about something else that can fail to arrive (an invoice, a reset link). */
  aboutOtherDeliverable: boolean;
}

function findClaims(
  missing: readonly SignalHit[],
  references: readonly Span[],
  others: readonly Span[],
  namedInThread: boolean,
): Claims {
  const claims: SignalHit[] = [];
  let aboutOtherDeliverable = false;
  for (const hit of missing) {
    const toCredential = hit.signal.namesCredential || namedInThread ? 0 : nearest(hit, references);
    if (toCredential > CREDENTIAL_REACH) continue;
    // A mention inside the claim is the claim's own wording, not its object.
    const toOther = nearest(hit, others.filter((other) => distance(hit, other) > 0));
    if (!hit.signal.namesCredential && toOther <= OBJECT_REACH && toOther < toCredential) {
      aboutOtherDeliverable = true;
      continue;
    }
    claims.push(hit);
  }
  return { claims, aboutOtherDeliverable };
}

/** The strongest claim, plus a little for each different kind of claim made alongside it. */
function weighClaims(claims: readonly SignalHit[]): number {
  const strongestByName = new Map<string, number>();
  for (const claim of claims) {
    strongestByName.set(claim.signal.name, Math.max(strongestByName.get(claim.signal.name) ?? 0, claim.signal.weight));
  }
  if (strongestByName.size === 0) return 0;
  const strongest = Math.max(...strongestByName.values());
  return strongest + Math.min(MAX_EXTRA_MISSING, EXTRA_MISSING_CLAIM * (strongestByName.size - 1));
}

/** Whether a claim whose match contains `hit` cancels it ("kindly share my certificate" asks to be sent it). */
function isCancelled(hit: SignalHit, claims: readonly SignalHit[]): boolean {
  return claims.some((claim) => claim.signal.cancels?.includes(hit.signal.name) && claim.start <= hit.start && hit.end <= claim.end);
}

/**
 * @param namedInThread the message names no credential but the thread it replies to does, so
 *   "I still don't have it" above a quoted "my certificate never came" is about the certificate.
 */
export function scoreSignals({ hits, otherDeliverables }: Detection, namedInThread: boolean): Score {
  const family = groupByFamily(hits);
  const liveNouns = family.reference.filter((noun) => nearest(noun, family.sense) > SENSE_REACH);
  const references = [...liveNouns, ...family.implied_reference];
  const reasons = [...family.reference, ...family.implied_reference, ...family.missing].map((hit) => hit.signal.name);

  let score = BASELINE;
  if (liveNouns.length > 0 || namedInThread) score += CREDENTIAL_NAMED;
  else if (family.implied_reference.length > 0) score += Math.max(...family.implied_reference.map((hit) => hit.signal.weight));

  const { claims, aboutOtherDeliverable } = findClaims(family.missing, references, otherDeliverables, namedInThread);
  score += weighClaims(claims);
  if (claims.length === 0 && family.missing.length > 0) {
    reasons.push(aboutOtherDeliverable ? 'rule:about_other_deliverable' : 'rule:no_credential_nearby');
    if (aboutOtherDeliverable) score += OTHER_DELIVERABLE_MISSING;
  }

  const hardClaim = claims.some((claim) => claim.signal.hard);
  const lastClaimStart = Math.max(-1, ...claims.map((claim) => claim.start));
  const workflows = family.workflow.filter((hit) => !isCancelled(hit, claims));

  // Each counter-signal counts once, at its strongest occurrence.
  const counterWeights = new Map<string, number>();
  for (const hit of [...family.sense, ...family.audience, ...workflows, ...family.resolution]) {
    let weight = hit.signal.weight;
    if (hit.signal.family === 'workflow' && hardClaim) weight *= WORKFLOW_UNDER_HARD_CLAIM;
    if (hit.signal.family === 'resolution' && lastClaimStart > hit.start) weight *= RESOLUTION_BEFORE_CLAIM;
    counterWeights.set(hit.signal.name, Math.min(counterWeights.get(hit.signal.name) ?? 0, weight));
  }
  for (const [name, weight] of counterWeights) {
    reasons.push(name);
    score += weight;
  }
  if (hardClaim && workflows.length > 0) reasons.push('rule:missing_outranks_request');
  if (family.resolution.some((hit) => hit.start < lastClaimStart)) reasons.push('rule:missing_said_after_resolution');
  return { score, reasons: [...new Set(reasons)] };
}
