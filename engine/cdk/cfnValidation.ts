/**
 * The checks of aws-cdk-lib's built-in CloudFormation validation (on by default in 2.276.0)
 * that are not schema constraints of one property (those are cfnSchema.ts): primary
 * identifiers used twice and an empty template. They fail `app.synth()` with these descriptions.
 */

import type { RepositoryAnalysis } from '../designAnalysis';
import { type Finding, FindingCode, joinPath } from '../findings';
import type { PlacedResource } from './template';

const emptyTemplateError = 'Resources section must exist and be non-empty';

/** A design that makes no resource leaves CloudFormation no Resources section to accept. */
export function emptyTemplateErrors(resources: readonly PlacedResource[]): Finding[] {
  if (resources.length > 0) return [];
  return [
    {
      severity: 'error',
      origin: 'cdk-validate',
      code: FindingCode.emptyTemplate,
      path: 'repositories',
      message: emptyTemplateError,
    },
  ];
}

/**
 * Physical names are primary identifiers: the validator reports each name used by several
 * resources once, listing their logical IDs.
 */
export function duplicateNameErrors(repositories: readonly RepositoryAnalysis[]): Finding[] {
  const byName = new Map<string, RepositoryAnalysis[]>();
  for (const analysis of repositories) {
    const name = analysis.repository.repositoryName;
    // An empty name is written too (CDK checks only non-empty ones), and clashes like any other.
    if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), analysis]);
  }
  return [...byName.entries()]
    .filter(([, owners]) => owners.length > 1)
    .map(([name, owners]) => ({
      severity: 'error',
      origin: 'cdk-validate',
      path: joinPath(owners[1]!.path, 'repositoryName'),
      message: `RepositoryName: Primary identifiers {'RepositoryName': '${name}'} should have unique values across the resources {${owners
        .map((o) => `'${o.logicalId}'`)
        .sort()
        .join(', ')}}`,
    }));
}
