/**
 * The checks of the logical IDs a role keeps for its overflow policies (overflowPolicyLogicalIds),
 * which the code sets with Stack.renameLogicalId (cdk/overflowPolicyIds.ts).
 *
 * aws-cdk-lib 2.276 (core/lib/private/logical-id.js) applies a rename each time it resolves a
 * logical ID that no overrideLogicalId set, while it writes the template (after the node
 * validations, before the resources merge). It refuses an ID that another element's resolved
 * ID already has ("Two objects have been assigned the same Logical ID"), then one that does
 * not match /^[A-Za-z0-9]{1,255}$/. The token resolution's wrapper adds a final '.' to each.
 * The elements resolve in construct order, with the bootstrap parameter and rule last; an
 * element referenced before its turn registers earlier, which the designer does not follow (no
 * construct refers to an overflow policy, so only another element's clash could move).
 */
import type { ConstructNode } from '../cdk/constructNode';
import type { ConstructTree } from '../cdk/constructTree';
import { logicalIdOf } from '../cdk/logicalId';
import { keptOverflowPolicyIds, overflowPolicyCount } from '../cdk/overflowPolicyIds';
import type { Design } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { synthError } from './phaseFindings';

/** What the bootstrap synthesizer adds after the design's constructs (a parameter, a rule). */
const bootstrapElements = ['BootstrapVersion', 'CheckBootstrapVersion'];

const idPath = (role: ConstructNode, index: number): FieldPath => [
  ...role.designPath,
  'overflowPolicyLogicalIds',
  index,
];

/** Every node of the tree with a logical ID, depth first (construct order). */
function elementsOf(nodes: readonly ConstructNode[]): ConstructNode[] {
  return nodes.flatMap((node) => [
    ...(node.logicalId === undefined ? [] : [node]),
    ...elementsOf(node.children),
  ]);
}

/**
 * Synth phase: the first rename CDK refuses, as it resolves the elements in order (one
 * finding: it throws there).
 */
export function overflowPolicyIdErrors(tree: ConstructTree): Finding[] {
  const kept = keptOverflowPolicyIds(tree);
  if (kept.length === 0) return [];
  const renamed = new Map(kept.map((k) => [k.derived, k]));
  const reverse = new Map<string, string>();
  const derivedIds = elementsOf(tree.children).flatMap((node) => {
    const derived = logicalIdOf(node.path.slice(1));
    // An ID set with overrideLogicalId is not renamed, nor registered.
    return node.logicalId === derived || renamed.has(derived) ? [derived] : [];
  });
  for (const oldId of [...derivedIds, ...bootstrapElements]) {
    const rename = renamed.get(oldId);
    const newId = rename?.logicalId ?? oldId;
    const holder = reverse.get(newId);
    if (holder !== undefined && holder !== oldId) {
      const message = `Two objects have been assigned the same Logical ID: '${holder}' and '${oldId}' are now both named '${newId}'..`;
      const at = rename ?? renamed.get(holder)!;
      return [synthError(FindingCode.overflowPolicyIdTaken, idPath(at.role, at.index), message)];
    }
    reverse.set(newId, oldId);
    if (rename && !/^[A-Za-z0-9]{1,255}$/.test(newId)) {
      const message = `Logical ID must adhere to the regular expression: /^[A-Za-z0-9]{1,255}$/, got '${newId}'.`;
      return [
        synthError(FindingCode.overflowPolicyIdInvalid, idPath(rename.role, rename.index), message),
      ];
    }
  }
  return [];
}

/** The designer's warning: a kept ID for an overflow policy the role's grants do not make. */
export function overflowPolicyIdWarnings(design: Design, tree: ConstructTree): Finding[] {
  const roles = new Map(tree.children.map((node) => [node.designPath.join('/'), node]));
  return (design.principals ?? []).flatMap((principal, index): Finding[] => {
    if (principal.type !== 'Role') return [];
    const node = roles.get(`principals/${index}`);
    const count = node ? overflowPolicyCount(node) : 0;
    return (principal.overflowPolicyLogicalIds ?? []).flatMap((logicalId, n): Finding[] =>
      n < count || logicalId === ''
        ? []
        : [
            {
              severity: 'warning',
              origin: 'designer',
              code: FindingCode.overflowPolicyIdUnused,
              path: ['principals', index, 'overflowPolicyLogicalIds', n],
              message: `CDK makes no OverflowPolicy${n + 1} for this role (overflow policies its grants make: ${count}), so the logical ID '${logicalId}' keeps nothing`,
            },
          ],
    );
  });
}
