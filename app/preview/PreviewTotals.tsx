import { countOf } from '../../engine/index';
import { testIds } from '../testIds';
import type { PanelPreview } from './previewProtocol';
import { formatBytes } from './timelineLayout';

/** Storage the run frees and archives (from imageSizeInBytes), images in use at risk, changes. */
export function PreviewTotals({ preview }: { preview: Extract<PanelPreview, { ok: true }> }) {
  const { summary } = preview;
  const parts = [
    `frees ${formatBytes(summary.bytesExpired)}`,
    `archives ${formatBytes(summary.bytesArchived)}`,
  ];
  if (preview.inUse) parts.push(`${countOf(summary.inUseAtRisk, 'image')} in use at risk`);
  if (preview.compare)
    parts.push(`${countOf(summary.changed, 'image')} change against the policy in force`);
  return (
    <p className="preview-totals" data-testid={testIds.previewTotals}>
      This run {parts.join(' · ')}.
    </p>
  );
}
