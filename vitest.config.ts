import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['engine/**/*.test.ts', 'cli/**/*.test.ts', 'app/**/*.test.ts', 'oracle/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
