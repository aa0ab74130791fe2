import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // The fault and browser suites have configs of their own (npm run test:faults, npm run test:browser).
    exclude: ['test/faults/**', 'test/browser/**', 'node_modules/**'],
    // Child-process tests boot the service several times over; under CI's parallel load that takes a while.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
