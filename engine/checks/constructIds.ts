/**
 * constructs' `node.defaultChild` throws when a scope has both a `Resource` and a `Default`
 * child. aws-cdk-lib asks every construct for it, depth first, when its built-in template
 * validation builds a ConstructTree (core/lib/private/synthesis-validation.js): after the
 * template is written and the validation plugin has run, before its report. With
 * CDK_VALIDATION=false that step, and so this error, does not happen.
 */

import type { ConstructNode } from '../cdk/constructNode';
import type { ConstructTree } from '../cdk/constructTree';
import { defaultChildId, hiddenChildId } from '../cdk/logicalId';
import { type Finding, joinPath } from '../findings';

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
  return [
    { severity: 'error', origin: 'cdk-synth', path: joinPath(hidden.designPath, 'id'), message },
  ];
}

/** The scope's error, then its children's, in the order the tree walk meets them. */
function scopeErrors(scope: Scope): Finding[] {
  return [...scopeError(scope), ...scope.children.flatMap(scopeErrors)];
}

/**
 * Every scope with both children: the stack (its path is its construct id, the design's
 * stackName) first. Only the stack and the repositories take ids from the design, so only
 * they can have both.
 */
export function defaultChildErrors(tree: ConstructTree): Finding[] {
  return scopeErrors({ path: [tree.stackName], children: tree.children });
}
