/**
 * The ids of the stack's constructs: an id its scope already has (construct), two constructs
 * with one logical ID (synth, when the resources merge into the template) and a scope with both
 * default children (template validation).
 *
 * constructs' `node.defaultChild` throws when a scope has both a `Resource` and a `Default`
 * child. aws-cdk-lib asks every construct for it, depth first, when its built-in template
 * validation builds a ConstructTree (core/lib/private/synthesis-validation.js): after the
 * template is written and the validation plugin has run, before its report. With
 * CDK_VALIDATION=false that step, and so this error, does not happen.
 */
import type { ConstructNode } from '../cdk/constructNode';
import type { ConstructTree } from '../cdk/constructTree';
import { defaultChildId, hiddenChildId, sanitizeConstructId } from '../cdk/logicalId';
import type { PlacedResource } from '../cdk/template';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { cdkError, synthError } from './phaseFindings';

/**
 * Construct phase: the id a construct takes among its siblings, when one has it already. The
 * constructs library stores ids with '/' replaced, so 'a/b' and 'a--b' collide too.
 */
export function duplicateIdError(
  id: string,
  stackName: string,
  siblingIds: readonly string[],
): string | undefined {
  const stored = sanitizeConstructId(id);
  // constructs checks `name in children` on a plain object: 'toString' or '__proto__' count as taken.
  const taken =
    stored in Object.prototype ||
    siblingIds.some((sibling) => sanitizeConstructId(sibling) === stored);
  if (!taken) return undefined;
  return `There is already a Construct with name '${stored}' in ${stackName} [${stackName}]`;
}

/**
 * Construct phase: a child of the stack other than a key or repository, whose id alone can clash.
 */
export function idConstructErrors(
  id: string,
  path: FieldPath,
  stackName: string,
  siblingIds: readonly string[],
): Finding[] {
  return cdkError(
    FindingCode.constructIdTaken,
    [...path, 'id'],
    duplicateIdError(id, stackName, siblingIds),
  );
}

/**
 * Synth phase: two constructs can map to one logical ID (an id 'Default' is dropped from the path);
 * CDK fails when it merges the second, after every resource resolved.
 */
export function duplicateLogicalIdErrors(resources: readonly PlacedResource[]): Finding[] {
  const seen = new Set<string>();
  const duplicate = resources.find(([id]) => seen.has(id) || !seen.add(id));
  if (!duplicate) return [];
  const [logicalId, , path] = duplicate;
  return [
    synthError(
      FindingCode.logicalIdNotUnique,
      path,
      `section 'Resources' already contains '${logicalId}'`,
    ),
  ];
}

/** The message of constructs 10 (construct.js), for the scope's construct path. */
function defaultChildError(scopePath: string): string {
  return `Cannot determine default child for ${scopePath}. There is both a child with id "Resource" and id "Default"`;
}

interface Scope {
  path: readonly string[];
  children: readonly ConstructNode[];
}

const storedId = (child: ConstructNode) => child.path[child.path.length - 1];

function scopeError(scope: Scope): Finding[] {
  const hidden = scope.children.find((child) => storedId(child) === hiddenChildId);
  if (!hidden || !scope.children.some((child) => storedId(child) === defaultChildId)) return [];
  const message = defaultChildError(scope.path.join('/'));
  const code = FindingCode.defaultChildAmbiguous;
  return [
    { severity: 'error', origin: 'cdk-synth', code, path: [...hidden.designPath, 'id'], message },
  ];
}

/** The scope's error, then its children's, in the order the tree walk meets them. */
function scopeErrors(scope: Scope): Finding[] {
  return [...scopeError(scope), ...scope.children.flatMap(scopeErrors)];
}

/**
 * Template validation: every scope with both children, the stack (its path is its construct id,
 * the design's stackName) first. Only the stack and the repositories take ids from the design,
 * so only they can have both.
 */
export function defaultChildErrors(tree: ConstructTree): Finding[] {
  return scopeErrors({ path: [tree.stackName], children: tree.children });
}
