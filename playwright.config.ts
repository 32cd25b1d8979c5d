import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { runOutputDir } from './e2e/outputDir';

const previewUrl = 'http://127.0.0.1:4173';
/** The dev server (`vite`, React StrictMode on): StrictMode-only bugs fail the `dev` project. */
const devUrl = 'http://127.0.0.1:5174';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Test output (traces, screenshots) goes to a folder of this run's own under the OS temp
  // directory, never the work tree; the setup removes those of runs that have ended.
  outputDir: runOutputDir(),
  globalSetup: './e2e/globalSetup.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // A test that fails once is a bug to fix at its root, not to retry into green.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    // The build caches itself for offline use; only the offline spec lets it (each context
    // would otherwise download every chunk in the background).
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'build', testIgnore: 'dev/**', use: { baseURL: previewUrl } },
    // The dev server transforms each module on first request (the workers' engine too), so a
    // first answer takes longer than in the build.
    {
      name: 'dev',
      testMatch: 'dev/**/*.spec.ts',
      use: { baseURL: devUrl },
      expect: { timeout: 15_000 },
    },
  ],
  webServer: [
    {
      command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
      url: previewUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // --force: every run meets the dev server as a fresh clone does (no pre-bundled deps yet).
      command: 'npx vite --host 127.0.0.1 --port 5174 --strictPort --force',
      url: devUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
