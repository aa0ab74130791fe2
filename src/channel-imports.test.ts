import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CHANNEL_DIRS = ['zendesk', 'slack'];

function importsOf(dir: string): string[] {
  const root = new URL(`./${dir}/`, import.meta.url);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .flatMap((path) =>
      [...readFileSync(new URL(path, root), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => `${dir}/${path}: ${match[1]}`),
    );
}

describe('a channel', () => {
  // The composition root (src/main.ts) hands a channel its ports (src/channel-wiring.ts); a channel that reached
  // past them would pick its own connections, queues and durability.
  it('imports neither the database, the job queue nor the app', () => {
    const reachingPast = CHANNEL_DIRS.flatMap(importsOf).filter((line) => /: \.\.\/(db|jobs)\/|: \.\.\/app\.ts$/.test(line));
    expect(reachingPast).toEqual([]);
  });
});
