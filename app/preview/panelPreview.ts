/**
 * The preview panel's answer, made in the worker: the engine's previewReport and the per-rule
 * counts, without the images the panel already has, and the simulated rules in words for the
 * timeline's lanes.
 */
import {
  countOf,
  describeSelection,
  type PreviewInputs,
  previewReport,
  repositoryPolicy,
  ruleOutcomeCounts,
  templatePolicy,
} from '../../engine/index';
import type { PanelPreview, RuleLabel } from './previewProtocol';

function ruleLabels(inputs: PreviewInputs): RuleLabel[] {
  const policy =
    inputs.templateIndex === undefined
      ? repositoryPolicy(inputs.design, inputs.repositoryIndex)
      : templatePolicy(inputs.design, inputs.templateIndex);
  if (!policy.ok) return [];
  return policy.rules.map(({ rulePriority, selection, action }) => {
    const limit =
      selection.countType === 'imageCountMoreThan'
        ? `beyond the newest ${selection.countNumber}`
        : `older than ${countOf(selection.countNumber, 'day')}`;
    const verb = action.type === 'transition' ? 'archives' : 'expires';
    return {
      rulePriority,
      label: `${rulePriority} · ${verb} ${describeSelection(selection)} ${limit}`,
    };
  });
}

export function panelPreview(inputs: PreviewInputs): PanelPreview {
  const preview = previewReport(inputs);
  if (!preview.ok) return preview;
  const { report, details, findings, atRiskFindings } = preview;
  return {
    ok: true,
    outcomes: [...details.outcomes],
    counts: ruleOutcomeCounts(details.outcomes),
    assumptions: [...details.assumptions],
    summary: report.summary,
    rules: ruleLabels(inputs),
    ...(details.inUse && { usedBy: details.inUse.usedBy }),
    ...(report.inUse && { inUse: report.inUse }),
    ...(details.protection && report.inUse?.protection && { protection: details.protection }),
    atRiskFindings,
    findings,
    ...(details.previous && { previous: [...details.previous] }),
    ...(report.compare && { compare: report.compare }),
    ...(details.timeline && {
      firstActions: [...details.timeline.firstActions],
      days: details.timeline.days,
    }),
  };
}
