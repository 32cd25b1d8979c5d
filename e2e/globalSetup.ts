/**
 * Before a run: the folders of earlier runs whose runner has ended go, so the temp directory
 * holds at most the last run's traces (kept for a failed test) and those of runs still going.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { outputRoot } from './outputDir';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default function globalSetup(): void {
  let names: string[];
  try {
    names = readdirSync(outputRoot);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (pid !== process.pid && !(pid > 0 && isRunning(pid))) {
      rmSync(join(outputRoot, name), { recursive: true, force: true });
    }
  }
}
