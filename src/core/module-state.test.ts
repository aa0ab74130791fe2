import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CORE_DIR = new URL('./', import.meta.url);

function sourceFiles(): string[] {
  return readdirSync(CORE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .sort();
}

describe('the core', () => {
  // State that changes after load would be shared by every caller of the module; scratch state
  // belongs to an instance (see createIntentReader).
  it('declares no module-level variables', () => {
    const variables = sourceFiles().flatMap((path) =>
      readFileSync(new URL(path, CORE_DIR), 'utf8')
        .split('\n')
        .flatMap((line, index) => (/^(?:export )?(?:let|var) /.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(variables).toEqual([]);
  });
});
