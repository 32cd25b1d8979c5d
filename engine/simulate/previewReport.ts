/**
 * The whole lifecycle preview of one repository, as `simulate` prints it and the browser panel
 * shows it: the outcomes, and with what the person brings, the images in use (at risk, the rule
 * findings, a suggested protection), the policy in force (what changes) and the timeline. Reading
 * the inputs (files, pastes) stays with the caller; this only combines the engine's pieces.
 */
import type { Design } from '../design/designSchema';
import type { Finding } from '../findings';
import { simulationAssumptions } from './assumptions';
import { compareOutcomes } from './compare';
import { matchInUse, type RepositoryIdentity } from './inUse';
import type { ImageUse } from './inUseReaders';
import { atRiskImages, inUseFindings, suggestProtection } from './protectInUse';
import type { SampleImage } from './sampleImages';
import { evaluateRules, type SimulationResult, simulate } from './simulate';
import { type ReportInput, type SimulationReport, simulationReport } from './simulationReport';
import { templatePolicy } from './templatePolicy';
import { simulateTimeline, timelineOf } from './timeline';

export interface PreviewInputs {
  design: Design;
  repositoryIndex: number;
  /**
   * Preview instead a repository the creation template at this index of
   * `design.registry.creationTemplates` creates: its rules, with the template's priorities
   * (templatePolicy); `repositoryIndex` is then not read, and the in-use check suggests no
   * protection (that would change a repository's rules).
   */
  templateIndex?: number;
  images: SampleImage[];
  now: number;
  /** Where images run (readInUseText), and which repository the references must name. */
  inUse?: { uses: readonly ImageUse[]; identity: RepositoryIdentity };
  /** The policy in force, as a design and the id of its repository (readPolicyInForce). */
  inForce?: { design: Design; repositoryId?: string };
  /** Run the policy daily for this many days (1 to maxTimelineDays). */
  days?: number;
}

export type PreviewReport =
  | {
      ok: true;
      report: SimulationReport;
      /** Problems with the in-use or compare inputs (warnings, or errors that make them unusable). */
      findings: Finding[];
      /** An error on each rule that would expire or archive images in use. */
      atRiskFindings: Finding[];
      /** How many images change action against the policy in force (0 without one). */
      changed: number;
      /** What the report was made of, by image index: the panel shows these beside its images. */
      details: ReportInput;
    }
  | Extract<SimulationResult, { ok: false }>;

type Images = readonly SampleImage[];

/** What is previewed: a repository of the design, or one a creation template creates. */
function previewTarget(inputs: PreviewInputs) {
  const { design, templateIndex } = inputs;
  if (templateIndex === undefined) {
    const repository = design.repositories[inputs.repositoryIndex];
    return {
      id: repository?.id ?? '',
      repository,
      simulate: (images: Images, now: number) => simulate(design, repository?.id, images, now),
      timeline: (images: Images, now: number, days: number) =>
        simulateTimeline(design, repository?.id, images, now, days),
    };
  }
  const policy = templatePolicy(design, templateIndex);
  return {
    id: design.registry?.creationTemplates?.[templateIndex]?.id ?? '',
    repository: undefined,
    simulate: (images: Images, now: number): SimulationResult =>
      policy.ok ? { ok: true, ...evaluateRules(policy.rules, images, now) } : policy,
    timeline: (images: Images, now: number, days: number) =>
      policy.ok ? { ok: true, firstActions: timelineOf(policy.rules, images, now, days) } : policy,
  };
}

/** Simulates the repository and adds what the inputs ask for; the design blocked is not simulated. */
export function previewReport(inputs: PreviewInputs): PreviewReport {
  const { design, repositoryIndex: index, images, now } = inputs;
  const target = previewTarget(inputs);
  const result = target.simulate(images, now);
  if (!result.ok) return result;
  const report: ReportInput = {
    repository: target.id,
    now,
    images,
    outcomes: result.outcomes,
    assumptions: result.assumptions,
  };
  const findings: Finding[] = [];
  let atRiskFindings: Finding[] = [];
  if (inputs.inUse) {
    const match = matchInUse(inputs.inUse.uses, images, inputs.inUse.identity);
    findings.push(...match.findings);
    const atRisk = atRiskImages(images, result.outcomes, match.usedBy);
    report.inUse = match;
    if (atRisk.length > 0 && target.repository) {
      report.protection = suggestProtection(design, index, {
        images,
        outcomes: result.outcomes,
        atRisk,
        now,
      });
    }
    if (target.repository) atRiskFindings = inUseFindings(design, index, atRisk);
  }
  let changed = 0;
  if (inputs.inForce) {
    const { design: inForceDesign, repositoryId } = inputs.inForce;
    const inForce = simulate(inForceDesign, repositoryId, images, now);
    if (inForce.ok) {
      const comparison = compareOutcomes(result.outcomes, inForce.outcomes);
      report.previous = comparison.previous;
      changed = comparison.changed;
    } else {
      findings.push(...inForce.findings.map((f) => ({ ...f, path: ['compare', ...f.path] })));
    }
  }
  if (inputs.days !== undefined) {
    const timeline = target.timeline(images, now, inputs.days);
    if (timeline.ok) {
      report.timeline = { days: inputs.days, firstActions: timeline.firstActions };
      const assumption = simulationAssumptions.find((a) => a.code === 'timeline');
      if (assumption) report.assumptions = [...report.assumptions, assumption];
    }
  }
  return {
    ok: true,
    report: simulationReport(report),
    findings,
    atRiskFindings,
    changed,
    details: report,
  };
}

/**
 * The repository references must name to be its images: the design's repositoryName, else the
 * name describe-images printed (`source`); its account from that output, else the lifecycle
 * policy's registry id.
 */
export function repositoryIdentity(
  repository: Pick<Design['repositories'][number], 'repositoryName' | 'lifecycleRegistryId'>,
  source: { name: string; registryId?: string } | undefined,
): RepositoryIdentity {
  const name = repository.repositoryName ?? source?.name;
  const registryId = source?.registryId ?? repository.lifecycleRegistryId;
  return { ...(name !== undefined && { name }), ...(registryId !== undefined && { registryId }) };
}
