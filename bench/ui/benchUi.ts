/**
 * UI benchmark (npm run bench:ui, after vite build): first-load JS, time to a usable form,
 * and keystroke → updated CloudFormation editor for the seed design and 50 × 20 rules.
 * Numbers are reported, not asserted. Starts and stops its own `vite preview`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { type Browser, chromium, type Page } from '@playwright/test';
import { seedDesign } from '../../app/seedDesign';
import { perfMarks } from '../../app/testIds';
import { chromiumLaunchOptions } from '../../e2e/chromium';
import { largeDesign } from '../designs';
import { firstLoadBudgetKb, firstLoadOf, kb } from './firstLoad';

const distDir = 'dist/app';
const edits = 50;
const loads = 5;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, {
    timeout: 30_000,
  });
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]!.startTime, name);
}

async function loadTimes(
  browser: Browser,
  url: string,
): Promise<{ form: number[]; editor: number[] }> {
  const form: number[] = [];
  const editor: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    form.push(await markTime(page, perfMarks.formReady));
    editor.push(await markTime(page, perfMarks.editorReady));
    await context.close();
  }
  return { form, editor };
}

/** Types `edits` characters into the repository name, one at a time, waiting for each measure. */
async function keystrokes(page: Page): Promise<number[]> {
  await page.getByRole('tab', { name: 'CloudFormation JSON' }).click();
  await page.waitForSelector('[data-testid="output-editor"] .view-lines');
  const name = page.getByTestId('repository-form').getByLabel('Repository name', { exact: true });
  await name.click();
  await name.press('End');
  await page.evaluate((n) => performance.clearMeasures(n), perfMarks.editToEditor);
  for (let i = 0; i < edits; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction(
      ([n, count]) => performance.getEntriesByName(n, 'measure').length > count,
      [perfMarks.editToEditor, i] as const,
      { timeout: 10_000 },
    );
  }
  return page.evaluate(
    (n) => performance.getEntriesByName(n, 'measure').map((m) => m.duration),
    perfMarks.editToEditor,
  );
}

/** The seed design with `count` images in its first repository's preview (a design file carries them). */
async function openDesignWithImages(page: Page, count: number): Promise<void> {
  const design = structuredClone(seedDesign);
  const day = 86_400_000;
  const start = Date.parse('2026-01-01T00:00:00Z');
  design.repositories[0]!.sampleImages = Array.from({ length: count }, (_, i) => ({
    digest: `sha256:${i.toString(16).padStart(64, '0')}`,
    tags: i % 7 === 0 ? [] : [i % 5 === 0 ? `prod-${i}` : `sha-${i}`],
    pushedAt: new Date(start + Math.floor((i * 365 * day) / count)).toISOString(),
    sizeInBytes: 50_000_000 + (i % 13) * 1_000_000,
  }));
  await page.getByTestId('design-file').setInputFiles({
    name: 'images.design.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(design)),
  });
  await page
    .getByTestId('preview-summary')
    .filter({ hasText: `${count} images` })
    .waitFor();
}

/**
 * With the preview showing `count` images: each keystroke's way to the CFN editor, to the
 * preview's new result (the worker re-runs policy, timeline and report), and the longest task
 * the main thread ran meanwhile (what would block input).
 */
async function keystrokesWithImages(page: Page) {
  // As text: the bench is compiled without the DOM library (page code runs in the browser).
  await page.evaluate(`(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  })()`);
  const preview: number[] = [];
  const name = page.getByTestId('repository-form').getByLabel('Repository name', { exact: true });
  await name.click();
  await name.press('End');
  for (let i = 0; i < 20; i++) {
    const before = await page.evaluate(() => performance.now());
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    const updated = await page.waitForFunction(
      ([mark, after]) =>
        performance.getEntriesByName(mark, 'mark').find((m) => m.startTime > after)?.startTime,
      [perfMarks.previewUpdated, before] as const,
      { timeout: 30_000 },
    );
    preview.push(((await updated.jsonValue()) as number) - before);
  }
  const longTasks = await page.evaluate<number[]>('window.longTasks');
  return { preview, longestTask: Math.max(0, ...longTasks), longTasks: longTasks.length };
}

async function openLargeDesign(page: Page): Promise<void> {
  await page.getByTestId('design-file').setInputFiles({
    name: 'large.design.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(largeDesign())),
  });
  await page.getByRole('button', { name: 'Rename Repository49' }).waitFor();
}

const round = (n: number) => Math.round(n * 10) / 10;
const stats = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  n: values.length,
});

async function main(): Promise<void> {
  const sizes = firstLoadOf(distDir);
  const port = await freePort();
  const preview = await startPreview(port);
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const load = await loadTimes(browser, url);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    const seed = await keystrokes(page);
    await openLargeDesign(page);
    const large = await keystrokes(page);
    const withImages = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await withImages.goto(url);
    await openDesignWithImages(withImages, 10_000);
    const images = await keystrokesWithImages(withImages);
    const results = {
      date: new Date().toISOString(),
      firstLoad: {
        jsGzipKb: kb(sizes.jsGzipBytes),
        cssGzipKb: kb(sizes.cssGzipBytes),
        files: sizes.files.map((f) => f.file),
      },
      timeToUsableFormMs: stats(load.form),
      timeToEditorMs: stats(load.editor),
      keystrokeToCfnEditorMs: {
        // The first keystroke after load, apart: it pays for code that has not run yet.
        seed: { ...stats(seed), first: round(seed[0]!) },
        large50x20: stats(large),
      },
      preview10000Images: {
        keystrokeToPreviewMs: stats(images.preview),
        longestMainThreadTaskMs: round(images.longestTask),
        longTasks: images.longTasks,
      },
    };
    console.table({
      [`first-load JS (gzip kB, budget ≤ ${firstLoadBudgetKb})`]: {
        value: results.firstLoad.jsGzipKb,
      },
      'first-load CSS (gzip kB)': { value: results.firstLoad.cssGzipKb },
      'time to usable form, p50 (ms)': { value: results.timeToUsableFormMs.p50 },
      'time to Monaco editor, p50 (ms)': { value: results.timeToEditorMs.p50 },
      'keystroke → CFN editor, seed p50 (ms)': { value: results.keystrokeToCfnEditorMs.seed.p50 },
      'keystroke → CFN editor, seed p95 (ms, target < 8)': {
        value: results.keystrokeToCfnEditorMs.seed.p95,
      },
      'keystroke → CFN editor, seed first after load (ms)': {
        value: results.keystrokeToCfnEditorMs.seed.first,
      },
      'keystroke → CFN editor, 50×20 p50 (ms)': {
        value: results.keystrokeToCfnEditorMs.large50x20.p50,
      },
      'keystroke → CFN editor, 50×20 p95 (ms, target < 16)': {
        value: results.keystrokeToCfnEditorMs.large50x20.p95,
      },
    });
    console.table({
      'keystroke → preview of 10,000 images, p50 (ms)': {
        value: results.preview10000Images.keystrokeToPreviewMs.p50,
      },
      'keystroke → preview of 10,000 images, p95 (ms)': {
        value: results.preview10000Images.keystrokeToPreviewMs.p95,
      },
      'longest main-thread task meanwhile (ms, 50 blocks input)': {
        value: results.preview10000Images.longestMainThreadTaskMs,
      },
    });
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/ui.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('wrote bench-results/ui.json');
  } finally {
    await browser.close();
    preview.kill();
  }
}

await main();
