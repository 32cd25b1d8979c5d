/**
 * The points of ECR's evaluation that AWS does not state and the preview had to decide
 * (ecr-lifecycle-spec.md [INF]/[UNV]): shown, not hidden.
 */
const assumptions = [
  'An age rule acts only on images strictly older than its limit; ECR acts within 24 hours, so images within a day of a limit are marked borderline.',
  'Images with identical times are ordered by digest in count rules; ECR’s own tie-break is not documented, so images where it decides the outcome are marked “tie”.',
  'One tag may satisfy several entries of a tag list; patterns match whole tags (prod* = starts with prod).',
  'Tags match case-sensitively.',
  'Children of a manifest list are never acted on while the list exists, yet still fill count slots.',
  'sinceImagePushed uses the push time even for restored images; count rules order restored images by restore time.',
  'A prefix containing * is matched literally.',
];

export function PreviewAssumptions() {
  return (
    <details className="preview-assumptions">
      <summary>How the preview decides what AWS leaves open</summary>
      <ul>
        {assumptions.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </details>
  );
}
