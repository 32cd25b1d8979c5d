/**
 * The lifecycle policy of a repository creation template as the simulator evaluates it: the
 * LifecyclePolicy the engine writes for the template (creationTemplateLifecycle: the escape
 * hatch's placement, the priorities templateRulePriorities shows on its rule cards), or the
 * findings that block it.
 */
import { analyzeDesign } from '../analyzeDesign';
import { creationTemplateLifecycle } from '../cdk/creationTemplateResource';
import type { Design } from '../design/designSchema';
import { type FieldPath, pathStartsWith } from '../fieldPath';
import type { RepositoryPolicy } from './simulate';

export const templateRulesPath = (index: number): FieldPath => [
  'registry',
  'creationTemplates',
  index,
  'lifecycleRules',
];

/**
 * The rules ECR would give a repository the template at `index` creates. CDK checks nothing in
 * the template's policy string; ECR refuses one with deploy-errors, so those block the preview.
 */
export function templatePolicy(design: Design, index: number): RepositoryPolicy {
  const template = design.registry?.creationTemplates?.[index];
  if (!template)
    return {
      ok: false,
      blocked: 'no-repository',
      message: `no creation template at index ${index}`,
      findings: [],
    };
  const rulesPath = templateRulesPath(index);
  const blocking = analyzeDesign(design).findings.filter(
    (f) => pathStartsWith(f.path, rulesPath) && f.severity !== 'warning',
  );
  if (blocking.length > 0)
    return {
      ok: false,
      blocked: 'invalid-policy',
      message: `the lifecycle policy of creation template '${template.id}' has errors that ECR would refuse; fix them to preview`,
      findings: blocking,
    };
  // The very document the template's LifecyclePolicy string is written from.
  return {
    ok: true,
    rules: creationTemplateLifecycle(template)?.rules ?? [],
    sampleImages: template.sampleImages ?? [],
  };
}
