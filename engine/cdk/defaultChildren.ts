/**
 * constructs' `node.defaultChild` throws when a scope has both a `Resource` and a `Default`
 * child. aws-cdk-lib asks every construct for it, depth first, when its built-in template
 * validation builds a ConstructTree (core/lib/private/synthesis-validation.js): after the
 * template is written and the validation plugin has run, before its report. With
 * CDK_VALIDATION=false that step, and so this error, does not happen.
 */
import type { Design } from '../design/designSchema';
import { stackConstructs } from '../design/stackConstructs';
import { type Finding, joinPath } from '../findings';
import { sanitizeConstructId } from './logicalId';

/** The message of constructs 10 (construct.js), for the scope's construct path. */
function defaultChildError(scopePath: string): string {
  return `Cannot determine default child for ${scopePath}. There is both a child with id "Resource" and id "Default"`;
}

interface Child {
  id: string;
  /** The design field that holds the id. */
  path: string;
}

function scopeError(scopePath: string, children: readonly Child[]): Finding[] {
  const stored = (child: Child) => sanitizeConstructId(child.id);
  const hidden = children.find((child) => stored(child) === 'Default');
  if (!hidden || !children.some((child) => stored(child) === 'Resource')) return [];
  const message = defaultChildError(scopePath);
  return [{ severity: 'error', origin: 'cdk-synth', path: hidden.path, message }];
}

/**
 * Every scope with both children, in the order the tree walk meets them: the stack (its path is
 * its construct id, the design's stackName), then each repository, whose own construct is its
 * `Resource` and whose event rules are its other children.
 */
export function defaultChildErrors(design: Design, stackName: string): Finding[] {
  const repositories = design.repositories.flatMap((repo, index) => {
    const path = joinPath('repositories', index);
    const rules = (repo.eventRules ?? []).map((rule, i) => ({
      id: rule.id,
      path: joinPath(joinPath(joinPath(path, 'eventRules'), i), 'id'),
    }));
    const scopePath = `${stackName}/${sanitizeConstructId(repo.id)}`;
    return scopeError(scopePath, [{ id: 'Resource', path }, ...rules]);
  });
  const stackChildren = stackConstructs(design).map((c) => ({
    id: c.id,
    path: joinPath(c.path, 'id'),
  }));
  return [...scopeError(stackName, stackChildren), ...repositories];
}
