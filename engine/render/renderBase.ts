/**
 * renderBase(design): everything render returns but the texts (findings, template, lifecycle
 * policies, priorities). It refers to no printer, so a caller that prints on demand
 * (loadPrinters) keeps the printers out of its first load.
 */
import { analyzeDesign } from '../analyzeDesign';
import type { CfnTemplate } from '../cdk/template';
import { creationTemplateReferenceErrors } from '../checks/creationTemplates';
import { withoutSampleImages } from '../design/designImages';
import type { Design } from '../design/designSchema';
import { designValueFindings } from '../design/parseDesign';
import { designReferenceErrors } from '../design/references';
import { tokenMarkerErrors } from '../design/tokenMarkers';
import type { RepositoryAnalysis } from '../designAnalysis';
import { blocksSynthesis, type Finding } from '../findings';
import { perObject } from '../util/memo';
import { previewPriorities, type RulePriority } from './priorityPreview';

export interface RepositoryOutputs {
  id: string;
  logicalId: string;
  /** The lifecycle policy as pasted into the ECR console; undefined without rules or when CDK fails on them. */
  lifecyclePolicyJson?: string;
  priorities?: RulePriority[];
}

/** A render without its texts. */
export interface BaseRenderResult {
  findings: Finding[];
  /** Present only when aws-cdk-lib would synthesize the design. */
  template?: CfnTemplate;
  repositories: RepositoryOutputs[];
}

const repositoryOutputs = perObject(
  (analysis: RepositoryAnalysis): RepositoryOutputs => ({
    id: analysis.repository.id,
    logicalId: analysis.logicalId,
    lifecyclePolicyJson: analysis.policy && `${JSON.stringify(analysis.policy, null, 2)}\n`,
    priorities: previewPriorities(analysis),
  }),
);

/** The findings, template and repositories' outputs of render(design), the same to the byte. */
export function renderBase(withImages: Design): BaseRenderResult {
  const design = withoutSampleImages(withImages);
  const analysis = analyzeDesign(design);
  // Designs built by the form skip parseDesign; its format checks (ARNs, account ids, …) still apply.
  const findings = [
    ...designValueFindings(design),
    ...tokenMarkerErrors(design),
    ...designReferenceErrors(design),
    ...creationTemplateReferenceErrors(design),
    ...analysis.findings,
  ];
  const template = findings.some(blocksSynthesis) ? undefined : analysis.template;
  return { findings, template, repositories: analysis.repositories.map(repositoryOutputs) };
}
