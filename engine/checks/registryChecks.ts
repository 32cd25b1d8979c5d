/**
 * The registry part's deploy-errors and warnings (docs/registry-checks.md), joined for
 * analyzeDesign: creation templates, pull-through cache rules, then replication, scanning and
 * signing; the warnings end with those of how the rules combine.
 */
import type { Design } from '../design/designSchema';
import type { Finding } from '../findings';
import { creationTemplateDeployErrors, creationTemplateWarnings } from './creationTemplateChecks';
import { pullThroughDeployErrors, pullThroughWarnings } from './pullThroughChecks';
import { registryRuleDeployErrors, registryRuleWarnings } from './registryRuleChecks';
import { registryCombinationWarnings } from './registryWarnings';

/** Deploy phase: what ECR or CloudFormation refuses in the registry part. */
export function registryDeployErrors(design: Design): Finding[] {
  if (!design.registry) return [];
  return [
    ...creationTemplateDeployErrors(design),
    ...pullThroughDeployErrors(design),
    ...registryRuleDeployErrors(design),
  ];
}

/** Warning phase: the registry part's likely mistakes. */
export function registryWarnings(design: Design): Finding[] {
  if (!design.registry) return [];
  return [
    ...creationTemplateWarnings(design),
    ...pullThroughWarnings(design),
    ...registryRuleWarnings(design),
    ...registryCombinationWarnings(design),
  ];
}
