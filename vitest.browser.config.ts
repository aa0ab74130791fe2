import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: the console driven in Debian's Chromium (`apt-get install -y chromium`). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
