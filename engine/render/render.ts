/** render(design): the outputs and every finding of a design, as plain data. */
import { analyzeDesign } from '../analyzeDesign';
import type { CfnTemplate } from '../cdk/template';
import { templateJson } from '../cdk/templateJson';
import { withoutSampleImages } from '../design/designImages';
import type { Design } from '../design/designSchema';
import { designValueFindings } from '../design/parseDesign';
import { designReferenceErrors } from '../design/references';
import { tokenMarkerErrors } from '../design/tokenMarkers';
import type { RepositoryAnalysis } from '../designAnalysis';
import { blocksSynthesis, type Finding } from '../findings';
import { perObject } from '../util/memo';
import { printPython } from './code/printPython';
import { printTypescript } from './code/printTypescript';
import { stackCode } from './code/stackCode';
import { previewPriorities, type RulePriority } from './priorityPreview';
import { templateYaml } from './templateYaml';

export interface RepositoryOutputs {
  id: string;
  logicalId: string;
  /** The lifecycle policy as pasted into the ECR console; undefined without rules or when CDK fails on them. */
  lifecyclePolicyJson?: string;
  priorities?: RulePriority[];
}

export interface RenderResult {
  findings: Finding[];
  /** Always produced: the code is valid TypeScript even when CDK would throw on it. */
  cdkTypescript: string;
  /** The same stack in CDK Python, checked against jsii-rosetta's translation of the TypeScript. */
  cdkPython: string;
  /** Present only when aws-cdk-lib would synthesize the design. */
  template?: CfnTemplate;
  cfnJson?: string;
  cfnYaml?: string;
  repositories: RepositoryOutputs[];
}

/** The texts render prints, each only when it is asked for. */
export const outputNames = ['cdkTypescript', 'cdkPython', 'cfnJson', 'cfnYaml'] as const;
export type OutputName = (typeof outputNames)[number];

export interface RenderOptions {
  /**
   * The texts to print, all by default: a caller that shows one asks for that one. Findings,
   * the template and the repositories' outputs always come.
   */
  outputs?: readonly OutputName[];
}

/** A render of some of the texts: those not asked for are undefined. */
export type PartialRenderResult = Omit<RenderResult, 'cdkTypescript' | 'cdkPython'> &
  Partial<Pick<RenderResult, 'cdkTypescript' | 'cdkPython'>>;

const repositoryOutputs = perObject(
  (analysis: RepositoryAnalysis): RepositoryOutputs => ({
    id: analysis.repository.id,
    logicalId: analysis.logicalId,
    lifecyclePolicyJson: analysis.policy && `${JSON.stringify(analysis.policy, null, 2)}\n`,
    priorities: previewPriorities(analysis),
  }),
);

/**
 * Renders the outputs of a parsed design; user mistakes come back as findings. Sample images
 * change no output and were checked when they were read: the render leaves them out, so a
 * keystroke never walks 100,000 of them. Designs are values: an edit makes new objects for
 * what it changes (as the app's reducer does), and the render keeps its work on the rest.
 */
export function render(design: Design): RenderResult;
export function render(design: Design, options: RenderOptions): PartialRenderResult;
export function render(withImages: Design, options: RenderOptions = {}): PartialRenderResult {
  const wanted = new Set(options.outputs ?? outputNames);
  const design = withoutSampleImages(withImages);
  const analysis = analyzeDesign(design);
  // Designs built by the form skip parseDesign; its format checks (ARNs, account ids, …) still apply.
  const findings = [
    ...designValueFindings(design),
    ...tokenMarkerErrors(design),
    ...designReferenceErrors(design),
    ...analysis.findings,
  ];
  const template = findings.some(blocksSynthesis) ? undefined : analysis.template;
  // One statement model for both languages.
  const code =
    wanted.has('cdkTypescript') || wanted.has('cdkPython') ? stackCode(design) : undefined;
  const printed = (name: OutputName, print: () => string) =>
    wanted.has(name) ? print() : undefined;
  return {
    findings,
    cdkTypescript: code && printed('cdkTypescript', () => printTypescript(code)),
    cdkPython: code && printed('cdkPython', () => printPython(code)),
    template,
    cfnJson: template && printed('cfnJson', () => `${templateJson(template, 2)}\n`),
    cfnYaml: template && printed('cfnYaml', () => templateYaml(template)),
    repositories: analysis.repositories.map(repositoryOutputs),
  };
}
