import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property and corpus tests do real work; on a loaded 2-core machine they can pass 5 s.
    // A timeout is no speed check (npm run bench is), only a guard against a hang.
    testTimeout: 60_000,
  },
});
