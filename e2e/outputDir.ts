/**
 * Where one Playwright run writes its traces and screenshots: a folder of its own under the OS
 * temp directory, so two runs on one machine (a CI run beside a local one) never empty each
 * other's. The runner picks it once; its workers inherit it through the environment.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const variable = 'ECR_DESIGNER_E2E_OUTPUT';
/** Every run's folder is in here, named `run-<pid of the run's runner>`. */
export const outputRoot = join(tmpdir(), 'ecr-designer-e2e');

export function runOutputDir(): string {
  process.env[variable] ??= join(outputRoot, `run-${process.pid}`);
  return process.env[variable];
}
