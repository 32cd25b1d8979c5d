import { configDefaults, defineConfig } from 'vitest/config';

const sources = ['engine', 'cli', 'app', 'oracle'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: sources.map((dir) => `${dir}/**/*.test.ts`),
          exclude: [...configDefaults.exclude, '**/*.oracle.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'oracle',
          include: sources.map((dir) => `${dir}/**/*.oracle.test.ts`),
          // Fails the run if the tests leave files in the repository or the temp directory.
          globalSetup: ['oracle/leavesNothingBehind.ts'],
        },
      },
    ],
  },
});
