import { normaliseForIntent, splitQuotedThread } from './classify-normalise.ts';
import { type Detection, type SignalHit, type Span, detectSignals } from './intent-detect.ts';

export type Intent = 'missing_credential' | 'other';

export interface Classification {
  intent: Intent;
  /** 0..1: how sure the classifier is of `intent`. */
  confidence: number;
  /** Names of the signals that fired, for explaining a decision. */
  reasons: string[];
}

/**
 * Scoring. A message starts below the line; naming a credential and saying it is missing lifts it
 * over; a different sense of the word, a different sender, a different request or a later "got it"
 * pull it back. The logistic of the score is the probability of `missing_credential`.
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

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

function isReference(hit: SignalHit): boolean {
  return hit.signal.family === 'reference' || hit.signal.family === 'implied_reference';
}

function logistic(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/**
 * @param namedInThread the message names no credential but the thread it replies to does, so
 *   "I still don't have it" above a quoted "my certificate never came" is about the certificate.
 */
function scoreDetection({ hits, otherDeliverables }: Detection, namedInThread: boolean): { score: number; reasons: string[] } {
  const byFamily = (family: SignalHit['signal']['family']) => hits.filter((hit) => hit.signal.family === family);
  const senses = byFamily('sense');
  const nouns = byFamily('reference');
  const liveNouns = nouns.filter((noun) => nearest(noun, senses) > SENSE_REACH);
  const impliedReferences = byFamily('implied_reference');
  const references = [...liveNouns, ...impliedReferences];
  const reasons: string[] = unique([...nouns, ...impliedReferences].map((hit) => hit.signal.name));
  let score = BASELINE;
  if (liveNouns.length > 0 || namedInThread) score += CREDENTIAL_NAMED;
  else if (impliedReferences.length > 0) score += impliedReferences[0]!.signal.weight;

  const claims: SignalHit[] = [];
  let aboutOtherDeliverable = false;
  for (const hit of byFamily('missing')) {
    reasons.push(hit.signal.name);
    const toCredential = hit.signal.namesCredential || namedInThread ? 0 : nearest(hit, references);
    if (toCredential > CREDENTIAL_REACH) continue;
    const toOther = nearest(hit, otherDeliverables);
    if (!hit.signal.namesCredential && toOther <= OBJECT_REACH && toOther < toCredential) {
      aboutOtherDeliverable = true;
      continue;
    }
    claims.push(hit);
  }
  const weights = unique(claims.map((claim) => claim.signal.name)).map(
    (name) => Math.max(...claims.filter((claim) => claim.signal.name === name).map((claim) => claim.signal.weight)),
  );
  if (weights.length > 0) {
    const strongest = Math.max(...weights);
    score += strongest + Math.min(MAX_EXTRA_MISSING, EXTRA_MISSING_CLAIM * (weights.length - 1));
  } else if (byFamily('missing').length > 0) {
    reasons.push(aboutOtherDeliverable ? 'rule:about_other_deliverable' : 'rule:no_credential_nearby');
  }
  if (aboutOtherDeliverable && claims.length === 0) score += OTHER_DELIVERABLE_MISSING;

  const hardClaim = claims.some((claim) => claim.signal.hard);
  const lastClaimStart = Math.max(-1, ...claims.map((claim) => claim.start));

  for (const hit of byFamily('support')) {
    reasons.push(hit.signal.name);
    if (claims.length > 0) score += hit.signal.weight;
  }

  const cancelled = (hit: SignalHit) =>
    claims.some((claim) => claim.signal.cancels?.includes(hit.signal.name) && claim.start <= hit.start && hit.end <= claim.end);
  const workflows = byFamily('workflow').filter((hit) => !cancelled(hit));
  const applied = new Map<string, number>();
  for (const hit of [...senses, ...byFamily('audience'), ...workflows, ...byFamily('resolution')]) {
    const { name, family, weight } = hit.signal;
    let effective = weight;
    if (family === 'workflow' && hardClaim) effective *= WORKFLOW_UNDER_HARD_CLAIM;
    if (family === 'resolution' && lastClaimStart > hit.start) effective *= RESOLUTION_BEFORE_CLAIM;
    // A signal counts once, at its strongest occurrence.
    applied.set(name, Math.min(applied.get(name) ?? 0, effective));
  }
  for (const [name, effective] of applied) {
    reasons.push(name);
    score += effective;
  }
  if (hardClaim && workflows.length > 0) reasons.push('rule:missing_outranks_request');
  if (byFamily('resolution').some((hit) => hit.start < lastClaimStart)) reasons.push('rule:missing_said_after_resolution');
  return { score, reasons: unique(reasons) };
}

/**
 * Decides whether a support message is a learner saying they have not received, or have lost,
 * their certificate, badge or other credential. Pure and deterministic; cost grows linearly with
 * the message length.
 */
export function classifyMessage(text: string): Classification {
  const { fresh, quoted } = splitQuotedThread(text);
  let detection = detectSignals(normaliseForIntent(fresh));
  let readQuotedThread = false;
  let namedInThread = false;
  if (quoted.trim() !== '') {
    if (detection.hits.length === 0) {
      // "Any news?" above a quoted thread: the earlier messages say what it is about.
      detection = detectSignals(normaliseForIntent(`${fresh}\n\n${quoted}`));
      readQuotedThread = true;
    } else if (!detection.hits.some(isReference)) {
      // What is said comes from the reply; only what it is about may come from the thread.
      namedInThread = detectSignals(normaliseForIntent(quoted)).hits.some(isReference);
      readQuotedThread = namedInThread;
    }
  }
  const { score, reasons } = scoreDetection(detection, namedInThread);
  if (readQuotedThread) reasons.push('context:quoted_thread');
  const probability = logistic(score);
  const intent: Intent = score > 0 ? 'missing_credential' : 'other';
  const confidence = intent === 'missing_credential' ? probability : 1 - probability;
  return { intent, confidence: Math.round(confidence * 1000) / 1000, reasons };
}
