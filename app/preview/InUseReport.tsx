import { countOf, type Finding } from '../../engine/index';
import { FindingList } from '../findings/FindingList';
import { describeRule } from '../rules/ruleSummary';
import { useDispatch } from '../state/DesignerContext';
import { testIds } from '../testIds';
import type { PanelPreview } from './previewProtocol';

type Preview = Extract<PanelPreview, { ok: true }>;

interface InUseReportProps {
  preview: Preview;
  repositoryKey: string;
  onShowInUse: () => void;
}

const shortDigest = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

/**
 * What the references matched, the images in use that this run would expire or archive (an
 * error on each rule that hits them, shown on its card too), and the change that protects
 * them, applied in one undoable step.
 */
export function InUseReport({ preview, repositoryKey, onShowInUse }: InUseReportProps) {
  const dispatch = useDispatch();
  const { inUse, protection, atRiskFindings, summary } = preview;
  if (!inUse) return null;
  const atRisk = summary.inUseAtRisk;
  const protect = () => {
    if (!protection?.lifecycleRules) return;
    dispatch({
      type: 'setLifecycleRules',
      repositoryKey,
      rules: protection.lifecycleRules,
      message: `Added ${countOf(protection.rules.length, 'keep rule')} first, protecting the images in use`,
    });
  };
  return (
    <section
      className={`preview-in-use${atRisk > 0 ? ' has-risk' : ''}`}
      aria-label="Images in use"
      data-testid={testIds.previewAtRisk}
    >
      <p>
        {countOf(inUse.references, 'reference')} read: {inUse.matched} name images here (
        {countOf(inUse.images, 'image')} in use), {inUse.unmatched} name images not in this list,{' '}
        {inUse.otherRepositories} other repositories or text.{' '}
        {atRisk > 0 ? (
          <strong>{countOf(atRisk, 'image')} in use at risk.</strong>
        ) : (
          'No image in use is expired or archived.'
        )}{' '}
        {inUse.images > 0 && (
          <button type="button" className="button button-quiet button-small" onClick={onShowInUse}>
            Show the images in use
          </button>
        )}
      </p>
      <FindingList findings={atRiskFindings as Finding[]} />
      {atRisk > 0 && protection && (
        <div className="protection">
          {protection.rules.length > 0 && (
            <>
              <p>
                ECR has no “keep” action: a rule placed first whose tags match these images, with a
                count no repository reaches, protects them from every lower rule. Suggested:
              </p>
              <ul>
                {protection.rules.map((rule) => (
                  <li key={JSON.stringify(rule)}>{describeRule(rule)}</li>
                ))}
              </ul>
              <button
                type="button"
                className="button button-primary button-small"
                onClick={protect}
              >
                Add {protection.rules.length === 1 ? 'this rule' : 'these rules'} first
              </button>
            </>
          )}
          {protection.unprotected.length > 0 && (
            <>
              <p>Not protected by a rule:</p>
              <ul>
                {protection.unprotected.map((u) => (
                  <li key={u.digest}>
                    <code>{shortDigest(u.digest)}</code>: {u.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
