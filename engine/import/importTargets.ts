/** An event rule's targets: the template's SNS topics and SQS queues, and Lambda functions by ARN. */
import type { TargetDesign } from '../design/entitySchemas';
import type { FieldPath } from '../fieldPath';
import { designWarning, type Finding, FindingCode } from '../findings';
import { splitUniqueId } from './constructIds';
import type { ImportedEntities } from './importedEntities';
import { referencedLogicalId, type TemplateResource } from './templateValues';

/**
 * CDK names a rule's Lambda permission `AllowEventRule<unique id of the function>`, the unique id
 * of the path stack/function, which gives back the function's construct id and the stack's.
 */
function functionIdOf(
  permissionLogicalId: string,
  ruleLogicalId: string,
): { stack: string; fn: string } | undefined {
  const marker = 'AllowEventRule';
  const start = permissionLogicalId.indexOf(marker, ruleLogicalId.length - 8);
  if (start < 0) return undefined;
  const split = splitUniqueId(permissionLogicalId.slice(start + marker.length, -8));
  return split && { stack: split[0], fn: split[1] };
}

/** The targets of one rule; a function target with its permission (then handled). */
export function importTargets(
  rule: TemplateResource,
  ruleLogicalId: string,
  resources: Record<string, TemplateResource>,
  entities: ImportedEntities,
  path: FieldPath,
  findings: Finding[],
): TargetDesign[] {
  const targets = Array.isArray(rule.Properties?.Targets)
    ? (rule.Properties.Targets as Record<string, unknown>[])
    : [];
  return targets.flatMap((target, index): TargetDesign[] => {
    const ref = referencedLogicalId(target.Arn);
    const type = ref === undefined ? undefined : resources[ref]?.Type;
    if (ref && type === 'AWS::SNS::Topic') return [{ topic: entities.idOf.get(ref)! }];
    if (ref && type === 'AWS::SQS::Queue') return [{ queue: entities.idOf.get(ref)! }];
    if (typeof target.Arn === 'string' && /:lambda:/.test(target.Arn)) {
      const permission = Object.entries(resources).find(
        ([, r]) =>
          r.Type === 'AWS::Lambda::Permission' &&
          referencedLogicalId(r.Properties?.SourceArn) === ruleLogicalId &&
          r.Properties?.FunctionName === target.Arn,
      );
      if (permission) entities.handled.add(permission[0]);
      const recovered = permission && functionIdOf(permission[0], ruleLogicalId);
      // Functions of one ARN differ by construct id, proven only by a permission's logical ID.
      let fn = entities.functions.find((f) =>
        recovered
          ? f.id === recovered.fn
          : f.functionArn === target.Arn && Boolean(f.sameEnvironment) === Boolean(permission),
      );
      if (!fn) {
        if (recovered) entities.stackName ??= recovered.stack;
        fn = {
          id: recovered ? recovered.fn : `Function${entities.functions.length + 1}`,
          functionArn: target.Arn,
          ...(permission ? { sameEnvironment: true } : {}),
        };
        entities.functions.push(fn);
      }
      return [{ function: fn.id }];
    }
    findings.push(
      designWarning(
        FindingCode.targetUnsupported,
        [...path, 'Properties', 'Targets', index],
        'only SNS topic, SQS queue and Lambda function targets can be imported; left out',
      ),
    );
    return [];
  });
}
