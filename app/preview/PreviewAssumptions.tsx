import { type SimulationAssumption, simulationAssumptions } from '../../engine/index';

/**
 * The points of ECR's evaluation that AWS does not state and the preview had to decide: the
 * engine's list (the CLI prints the same), those the shown result depends on when there is one.
 */
export function PreviewAssumptions({
  assumptions = simulationAssumptions,
}: {
  assumptions?: readonly SimulationAssumption[];
}) {
  if (assumptions.length === 0) return null;
  return (
    <details className="preview-assumptions">
      <summary>How the preview decides what AWS leaves open</summary>
      <ul>
        {assumptions.map(({ code, text }) => (
          <li key={code}>{text}</li>
        ))}
      </ul>
    </details>
  );
}
