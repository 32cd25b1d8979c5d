/**
 * The policy in force beside the designed one: `aws ecr get-lifecycle-policy` output, a bare
 * policy, or a template or design holding the repository (importText reads each), evaluated on
 * the same images; every image whose action changes says what the policy in force does.
 */
import type { Design } from '../design/designSchema';
import { designError, designWarning, type Finding, FindingCode } from '../findings';
import { importText } from '../import/importTemplate';
import type { ImageAction, ImageOutcome } from './evaluatePolicy';

/** What the policy in force does to an image whose action the design changes. */
export interface PreviousOutcome {
  action: ImageAction;
  rulePriority: number | null;
}

export interface PolicyInForce {
  /** Undefined when a finding is an error. */
  design?: Design;
  /** The id of the repository in `design` that holds the policy in force. */
  repositoryId?: string;
  findings: Finding[];
}

/**
 * Reads the policy in force for the repository `target` (its id and name in the design): the
 * repository of the same repositoryName, else of the same id, else the only one.
 */
export function readPolicyInForce(
  text: string,
  target: { id: string; repositoryName?: string },
): PolicyInForce {
  const imported = importText(text);
  const { design } = imported;
  const findings = [...imported.findings];
  if (!design) return { findings };
  const repositories = design.repositories;
  const chosen =
    (target.repositoryName !== undefined &&
      repositories.find((r) => r.repositoryName === target.repositoryName)) ||
    repositories.find((r) => r.id === target.id) ||
    (repositories.length === 1 ? repositories[0] : undefined);
  if (!chosen)
    return {
      findings: [
        ...findings,
        designError(
          FindingCode.comparedRepositoryMissing,
          [],
          `no repository named '${target.repositoryName ?? target.id}' here; it has ${repositories.map((r) => r.repositoryName ?? r.id).join(', ') || 'none'}`,
        ),
      ],
    };
  if (
    target.repositoryName !== undefined &&
    chosen.repositoryName !== undefined &&
    chosen.repositoryName !== target.repositoryName
  )
    findings.push(
      designWarning(
        FindingCode.comparedRepositoryOther,
        [],
        `this is the policy of repository '${chosen.repositoryName}', compared with '${target.repositoryName}'`,
      ),
    );
  return { design, repositoryId: chosen.id, findings };
}

export interface Comparison {
  /** By image index: what the policy in force does, where the action differs. */
  previous: (PreviousOutcome | undefined)[];
  /** Images the design expires or archives that the policy in force keeps, and the reverse. */
  newlyExpired: number;
  newlyArchived: number;
  newlyKept: number;
  /** Images whose action changes (from expire to transition too). */
  changed: number;
}

/** Outcome by outcome (the same images in the same order): where the action changes. */
export function compareOutcomes(
  designed: readonly ImageOutcome[],
  inForce: readonly ImageOutcome[],
): Comparison {
  const comparison: Comparison = {
    previous: [],
    newlyExpired: 0,
    newlyArchived: 0,
    newlyKept: 0,
    changed: 0,
  };
  designed.forEach((outcome, i) => {
    const before = inForce[i];
    if (!before || before.action === outcome.action) {
      comparison.previous.push(undefined);
      return;
    }
    comparison.previous.push({ action: before.action, rulePriority: before.rulePriority });
    comparison.changed++;
    if (outcome.action === 'expire') comparison.newlyExpired++;
    else if (outcome.action === 'transition') comparison.newlyArchived++;
    else comparison.newlyKept++;
  });
  return comparison;
}
