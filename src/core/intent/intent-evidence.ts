import type { Detection, SignalHit, Span } from './intent-detect.ts';
import type { SignalFamily } from './intent-signals.ts';

/**
 * Reads detected signals as evidence: which claims are about a credential, which nouns another sense
 * takes over, whether a "got it" came last. The rules here are about where things stand in the text
 * (a missing claim counts only near a credential; the nearer object wins); how much each piece of
 * evidence weighs is learned by the model (see intent-model and scripts/train-intent.ts).
 */

/** A missing claim counts only this close (in characters) to a credential, named or implied. */
const CREDENTIAL_REACH = 160;
/** A different sense ("SSL certificate") claims credential nouns this close to it. */
const SENSE_REACH = 24;
/** "Not received the invoice for my certificate": the nearer object wins, within this distance. */
const OBJECT_REACH = 40;

export interface Evidence {
  /** Names of the signals and of the rules that applied; each is a feature of the model. */
  features: string[];
  /** Signal names in the order they were weighed, then the rules that changed their meaning: for people. */
  reasons: string[];
  /** Where the missing claims about a credential stand, to read who makes them. */
  claims: Span[];
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

/** Whether a claim whose match contains `hit` cancels it ("kindly share my certificate" asks to be sent it). */
function isCancelled(hit: SignalHit, claims: readonly SignalHit[]): boolean {
  return claims.some((claim) => claim.signal.cancels?.includes(hit.signal.name) && claim.start <= hit.start && hit.end <= claim.end);
}

/**
 * @param namedInThread the message names no credential but the thread it replies to does, so
 *   "I still don't have it" above a quoted "my certificate never came" is about the certificate.
 */
export function weighEvidence({ hits, otherDeliverables }: Detection, namedInThread: boolean): Evidence {
  const family = groupByFamily(hits);
  const liveNouns = family.reference.filter((noun) => nearest(noun, family.sense) > SENSE_REACH);
  const references = [...liveNouns, ...family.implied_reference];
  const reasons = [...family.reference, ...family.implied_reference, ...family.missing].map((hit) => hit.signal.name);
  const features: string[] = [];

  if (liveNouns.length > 0 || namedInThread) features.push('evidence:credential_named');
  else if (family.implied_reference.length > 0) features.push('evidence:credential_implied');
  if (family.reference.length > 0 && liveNouns.length === 0) features.push('evidence:every_noun_in_another_sense');

  const { claims, aboutOtherDeliverable } = findClaims(family.missing, references, otherDeliverables, namedInThread);
  for (const claim of claims) features.push(`claim:${claim.signal.name}`);
  const claimKinds = new Set(claims.map((claim) => claim.signal.name)).size;
  if (claimKinds > 0) features.push('evidence:claim');
  if (claimKinds > 1) features.push('evidence:several_claims');
  if (claims.length === 0 && family.missing.length > 0) {
    const rule = aboutOtherDeliverable ? 'rule:about_other_deliverable' : 'rule:no_credential_nearby';
    reasons.push(rule);
    features.push(rule);
  }

  const hardClaim = claims.some((claim) => claim.signal.hard);
  if (hardClaim) features.push('evidence:hard_claim');
  const lastClaimStart = Math.max(-1, ...claims.map((claim) => claim.start));
  const workflows = family.workflow.filter((hit) => !isCancelled(hit, claims));

  for (const hit of [...family.sense, ...family.audience, ...workflows, ...family.resolution]) {
    reasons.push(hit.signal.name);
    if (hit.signal.family === 'workflow' && hardClaim) features.push(`under_hard_claim:${hit.signal.name}`);
    else if (hit.signal.family === 'resolution' && lastClaimStart > hit.start) features.push(`before_claim:${hit.signal.name}`);
    else features.push(hit.signal.name);
  }
  if (hardClaim && workflows.length > 0) reasons.push('rule:missing_outranks_request');
  if (family.resolution.some((hit) => hit.start < lastClaimStart)) reasons.push('rule:missing_said_after_resolution');
  for (const hit of [...family.reference, ...family.implied_reference, ...family.missing]) features.push(hit.signal.name);
  return { features: [...new Set(features)], reasons: [...new Set(reasons)], claims };
}
