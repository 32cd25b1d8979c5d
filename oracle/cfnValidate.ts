/**
 * aws-cdk-lib's built-in template validation on its own: the CloudFormationValidatePlugin that
 * `app.synth()` runs, given a template file, with no app around it. One plugin for the process
 * (its engine takes seconds to start and is reused while the resource types stay the same).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const requireFromRoot = createRequire(new URL('../package.json', import.meta.url));
const cdk = requireFromRoot('aws-cdk-lib') as typeof import('aws-cdk-lib');

let plugin: import('aws-cdk-lib').CloudFormationValidatePlugin | undefined;

export interface Violation {
  description: string;
  logicalIds: string[];
}

/** The violations of severity error (FATAL or ERROR diagnostics) of a template file's text. */
export function validateTemplateText(text: string): Violation[] {
  plugin ??= new cdk.CloudFormationValidatePlugin();
  const dir = mkdtempSync(join(tmpdir(), 'ecr-cfn-validate-'));
  try {
    const templatePath = join(dir, 'Stack.template.json');
    writeFileSync(templatePath, text);
    const report = plugin.validate({
      templatePaths: [templatePath],
      stackTemplates: [{ templatePath, stackConstructPath: 'Stack' }],
    } as unknown as Parameters<typeof plugin.validate>[0]);
    return report.violations
      .filter((v) => v.severity === 'error')
      .map((v) => ({
        description: v.description,
        logicalIds: v.violatingResources.flatMap((r) => r.resourceLogicalId ?? []),
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
