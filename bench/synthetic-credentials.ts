import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createSeededRandom } from '../src/core/seeded-random.ts';

/*
 * Synthetic but realistic import files for the benchmarks: learners with first and last names from a few
 * hundred each, addresses written the ways people write them (`maria.lopez`, `mlopez`, `maria_lopez84`,
 * mixed case, `+tags`), a third of them at gmail.com, the rest at other consumer providers, schools and
 * companies; one to three credentials per learner from a few issuers; 90% published.
 *
 * Everything is derived from a seeded generator, so a size always produces the same file, and a learner's
 * address can be recomputed from its number (the lookup benchmark asks about addresses it never wrote).
 */

const FIRST_NAMES = (
  'maria jose ana luis carlos sofia juan lucia pedro elena david laura daniel marta pablo sara javier paula ' +
  'james mary john patricia robert jennifer michael linda william elizabeth richard barbara joseph susan ' +
  'thomas jessica charles sarah christopher karen matthew nancy anthony lisa mark betty donald margaret ' +
  'steven sandra paul ashley andrew kimberly joshua emily kenneth donna kevin michelle brian carol george ' +
  'amanda timothy melissa ronald deborah edward stephanie jason rebecca jeffrey sharon ryan cynthia jacob ' +
  'kathleen gary amy nicholas angela eric shirley jonathan anna stephen brenda larry pamela justin emma ' +
  'scott nicole brandon helen benjamin samantha samuel katherine gregory christine alexander debra frank ' +
  'rachel patrick carolyn raymond janet jack catherine dennis maria jerry heather tyler diane aaron ruth ' +
  'wei fang min jing li hui yan ying hiroshi yuki haruto aoi sakura ren priya rahul ananya arjun kavya ' +
  'rohan aditi vikram neha amit olumide chidi ngozi emeka amara kwame abena kofi yaw fatima omar aisha ' +
  'youssef layla hamza noor ali zainab ibrahim mariam lars ingrid sven astrid erik freya nils sigrid ' +
  'pierre camille louis chloe hugo lea jules manon francesco giulia marco chiara luca alessia matteo'
).split(' ');

const LAST_NAMES = (
  'lopez garcia martinez rodriguez hernandez gonzalez perez sanchez ramirez torres flores rivera gomez ' +
  'diaz reyes morales cruz ortiz gutierrez chavez smith johnson williams brown jones miller davis wilson ' +
  'anderson taylor thomas moore jackson martin lee thompson white harris clark lewis robinson walker young ' +
  'allen king wright scott green baker adams nelson hill campbell mitchell roberts carter phillips evans ' +
  'turner parker collins edwards stewart morris murphy cook rogers morgan peterson cooper reed bailey bell ' +
  'kelly howard ward cox richardson wood watson brooks bennett gray james hughes price sanders myers long ' +
  'ross foster powell jenkins perry russell sullivan fisher henderson coleman simmons patterson jordan ' +
  'wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo tanaka suzuki takahashi watanabe ito ' +
  'yamamoto nakamura kobayashi kato sharma patel singh kumar gupta reddy iyer nair mehta joshi okafor ' +
  'adeyemi okonkwo mensah boateng owusu asante haddad nasser khalil mansour aziz rahman hansen johansen ' +
  'larsen andersen nielsen pedersen berg lindqvist dubois moreau laurent lefebvre rossi russo ferrari ' +
  'esposito bianchi romano colombo ricci marino greco bruno gallo conti deluca costa fontana novak kowalski'
).split(' ');

const PROVIDERS: [domain: string, weight: number][] = [
  ['gmail.com', 34],
  ['yahoo.com', 7],
  ['hotmail.com', 6],
  ['outlook.com', 6],
  ['icloud.com', 3],
  ['aol.com', 1],
  ['protonmail.com', 1],
  ['googlemail.com', 1],
  ['live.com', 1],
  ['gmx.de', 1],
];
/** The share of learners at a school or company domain rather than a consumer provider. */
const ORGANISATION_WEIGHT = 39;
const ORGANISATION_WORDS = (
  'north south east west river lake hill valley harbor coastal mountain city state central pacific atlantic ' +
  'summit pioneer liberty heritage crescent oak maple cedar pine willow granite silver golden bright clear'
).split(' ');
const ORGANISATION_KINDS = ['university', 'college', 'academy', 'tech', 'health', 'labs', 'group', 'systems', 'bank', 'school'];
const ORGANISATION_TLDS = ['edu', 'com', 'org', 'ac.uk', 'de', 'io', 'es', 'com.au', 'ca', 'fr'];
const ORGANISATION_COUNT = 3000;

export const BENCH_ISSUERS = [
  { id: 'bench-northwind', name: 'Northwind Academy', aliases: 'Northwind|NWA' },
  { id: 'bench-harbor', name: 'Harbor Data School', aliases: 'Harbor Data|HDS' },
  { id: 'bench-alpine', name: 'Alpine First Aid Institute', aliases: 'Alpine First Aid' },
  { id: 'bench-lighthouse', name: 'Lighthouse Institute', aliases: 'Lighthouse|LHI' },
  { id: 'bench-copper', name: 'Copper Kettle Cooking School', aliases: 'Copper Kettle' },
];
const ISSUER_WEIGHTS = [40, 25, 15, 12, 8];

const COURSES = (
  'Project Management Foundations|SQL for Analysts|Wilderness First Responder|Coastal Navigation I|' +
  'Bread Baking|Data Visualisation|Agile Team Leadership|Python for Everyone|Basic Life Support|' +
  'Machine Learning Essentials|Food Safety Level 2|Cloud Architecture|Public Speaking|Spanish B1|' +
  'Financial Accounting|UX Research Methods|Cybersecurity Awareness|Advanced Excel|Pastry Arts|' +
  'Leadership in Healthcare'
).split('|');

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pickWeighted<T>(random: () => number, items: readonly [T, number][]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return (items[items.length - 1] as [T, number])[0];
}

const organisationDomains = (() => {
  const random = createSeededRandom(7);
  const domains = new Set<string>();
  while (domains.size < ORGANISATION_COUNT) {
    const words = `${pick(random, ORGANISATION_WORDS)}${random() < 0.5 ? '-' : ''}${pick(random, ORGANISATION_WORDS)}`;
    domains.add(`${words}${pick(random, ORGANISATION_KINDS)}.${pick(random, ORGANISATION_TLDS)}`);
  }
  return [...domains];
})();

export interface Learner {
  name: string;
  /** As the issuer stored it: mixed case and `+tags` included. */
  address: string;
}

/**
 * Learner number `index`, always the same. The number is folded into most addresses so that addresses are
 * (nearly) unique across millions of learners, as real ones are.
 */
export function learnerAt(index: number): Learner {
  const random = createSeededRandom(index * 2654435761 + 1);
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const number = String(index);
  const shape = random();
  let local: string;
  if (shape < 0.3) local = `${first}.${last}${number}`;
  else if (shape < 0.45) local = `${first}${last}${number}`;
  else if (shape < 0.6) local = `${first[0]}${last}${number}`;
  else if (shape < 0.7) local = `${first}_${last}.${number}`;
  else if (shape < 0.8) local = `${last}.${first}${number}`;
  else if (shape < 0.9) local = `${first}${number}`;
  else local = `${first}.${first[0]}.${last}.${number}`;
  if (random() < 0.05) local = `${local}+${pick(random, ['certs', 'learning', 'edu', 'work'])}`;
  if (random() < 0.06) local = local.charAt(0).toUpperCase() + local.slice(1);
  const provider = pickWeighted(random, [...PROVIDERS, ['', ORGANISATION_WEIGHT]]);
  const domain = provider === '' ? pick(random, organisationDomains) : provider;
  const name = `${first.charAt(0).toUpperCase()}${first.slice(1)} ${last.charAt(0).toUpperCase()}${last.slice(1)}`;
  return { name, address: `${local}@${domain}` };
}

/** Learners for a file of `rows` credentials: on average 1.5 credentials each. */
export function learnerCountFor(rows: number): number {
  return Math.ceil(rows / 1.5);
}

export async function writeIssuersCsv(file: string): Promise<void> {
  const lines = ['id,name,contact_name,contact_email,support_url,aliases'];
  for (const issuer of BENCH_ISSUERS) {
    const host = `${issuer.id.replace('bench-', '')}.example`;
    lines.push(`${issuer.id},${issuer.name},Support Team,support@${host},https://${host}/help,${issuer.aliases}`);
  }
  const stream = createWriteStream(file);
  stream.end(`${lines.join('\n')}\n`);
  await once(stream, 'finish');
}

/**
 * Writes `rows` credentials as CSV. Each learner gets one to three credentials (row order is shuffled by
 * learner so that one learner's rows are not all adjacent). Returns the number of learners used.
 */
export async function writeCredentialsCsv(file: string, rows: number, seed = 1): Promise<{ learners: number }> {
  const random = createSeededRandom(seed);
  const learners = learnerCountFor(rows);
  const issuers: [string, number][] = BENCH_ISSUERS.map((issuer, index) => [issuer.id, ISSUER_WEIGHTS[index] ?? 1]);
  const stream = createWriteStream(file, { highWaterMark: 1 << 20 });
  let buffer = 'id,issuer_id,recipient_email,recipient_name,course_name,url,status,issued_at\n';
  const dayZero = Date.UTC(2019, 0, 1);
  for (let row = 0; row < rows; row++) {
    // Rows 0..learners-1 give every learner a credential; the rest go to learners at random.
    const learnerIndex = row < learners ? row : Math.floor(random() * learners);
    const learner = learnerAt(learnerIndex);
    const id = `cred-${row.toString(36).padStart(6, '0')}`;
    const issuer = pickWeighted(random, issuers);
    const course = pick(random, COURSES);
    const status = random() < 0.9 ? 'published' : 'draft';
    const issuedAt = new Date(dayZero + Math.floor(random() * 2500) * 86_400_000).toISOString().slice(0, 10);
    buffer += `${id},${issuer},${learner.address},${learner.name},${course},https://credentials.example/c/${id},${status},${issuedAt}\n`;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  stream.end(buffer);
  await once(stream, 'finish');
  return { learners };
}
