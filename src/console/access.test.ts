import { describe, expect, it } from 'vitest';
import { safeNextPath } from './access.ts';

describe('safeNextPath', () => {
  it('keeps a console path and its query', () => {
    expect(safeNextPath('/console/requests?band=act&page=2')).toBe('/console/requests?band=act&page=2');
    expect(safeNextPath('/console')).toBe('/console');
  });

  it.each(['https://evil.example/console', '//evil.example/console', '/\\evil.example/console', '/healthz', '/consolex', 'console/requests', '/console/sign-in', '', undefined, 42])(
    'sends %s to the overview instead',
    (next) => {
      expect(safeNextPath(next)).toBe('/console');
    },
  );
});
