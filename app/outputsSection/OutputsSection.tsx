import type { OutputDesign, OutputValue } from '../../engine/index';
import { useEntitiesView } from '../entities/EntitiesContext';
import { compact, EntitySection } from '../entities/EntityCard';
import { findingsUnder } from '../entities/entityFindings';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { FindingList } from '../findings/FindingList';
import { DesignSection } from '../layout/DesignSection';
import { useDispatch } from '../state/DesignerContext';
import type { StackSettings } from '../state/designerState';

const valueOptions: { value: OutputValue; label: string }[] = [
  { value: 'repositoryUri', label: 'Repository URI (repository.repositoryUri)' },
  { value: 'repositoryArn', label: 'Repository ARN (repository.repositoryArn)' },
  { value: 'repositoryName', label: 'Repository name (repository.repositoryName)' },
  { value: 'keyArn', label: 'Key ARN (key.keyArn)' },
  { value: 'topicArn', label: 'Topic ARN (topic.topicArn)' },
];

type OwnerField = 'repository' | 'key' | 'topic';
const ownerField = (value: OutputValue): OwnerField =>
  value === 'keyArn' ? 'key' : value === 'topicArn' ? 'topic' : 'repository';

/** The output with an optional text field set, or left out when empty. */
const withText = (output: OutputDesign, field: 'description' | 'exportName', value: string) =>
  compact({ ...output, [field]: value === '' ? undefined : value }) as OutputDesign;

/** The design's outputs, replaced as a whole list (one undo step; typing coalesces by field). */
function useSetOutputs() {
  const dispatch = useDispatch();
  const { design } = useEntitiesView();
  const stack: StackSettings = compact({
    stackDescription: design.stackDescription,
    outputs: design.outputs,
  });
  return (outputs: OutputDesign[], typing?: string) =>
    dispatch({ type: 'setStack', stack: { ...stack, outputs }, typing });
}

function OutputCard({ output, index }: { output: OutputDesign; index: number }) {
  const { design, findings } = useEntitiesView();
  const setOutputs = useSetOutputs();
  const all = design.outputs ?? [];
  const f = findingsUnder(findings, ['outputs', index]);
  const field = ownerField(output.value);
  const owners = {
    repository: design.repositories.map((r) => r.id),
    key: (design.keys ?? []).map((k) => k.id),
    topic: (design.topics ?? []).map((t) => t.id),
  }[field];
  const owner = (output as unknown as Record<OwnerField, string | undefined>)[field] ?? '';
  const set = (next: OutputDesign, typing?: string) =>
    setOutputs(
      all.map((o, i) => (i === index ? next : o)),
      typing && `outputs-${index}-${typing}`,
    );
  const id = (name: string) => `outputs-${index}-${name}`;
  const { description, exportName } = output;
  const rebuilt = (value: OutputValue, ownerId: string) =>
    compact({
      value,
      id: output.id,
      [ownerField(value)]: ownerId,
      description,
      exportName,
    }) as OutputDesign;
  return (
    <fieldset className="fieldset entity-card" data-testid="output-card">
      <legend>{`Output ${output.id}`}</legend>
      <FindingList findings={f.rest()} />
      <div className="entity-fields">
        <TextField
          id={id('id')}
          label="Construct id"
          help="The id in new CfnOutput(this, id, …); its letters and digits are the output's logical ID."
          findings={f.at('id')}
          value={output.id}
          onChange={(value) => set({ ...output, id: value }, 'id')}
        />
        <SelectField
          id={id('value')}
          label="Value"
          help="What the output exports."
          findings={f.at('value')}
          value={output.value}
          options={valueOptions}
          onChange={(value) => {
            const kind = value as OutputValue;
            const first = {
              repository: design.repositories[0]?.id,
              key: design.keys?.[0]?.id,
              topic: design.topics?.[0]?.id,
            }[ownerField(kind)];
            set(rebuilt(kind, ownerField(kind) === field ? owner : (first ?? '')));
          }}
        />
        <SelectField
          id={id('owner')}
          label={{ repository: 'Repository', key: 'Key', topic: 'Topic' }[field]}
          help="The entity of the design whose attribute it exports."
          findings={f.at(field)}
          value={owner}
          options={[...new Set([owner, ...owners])]
            .filter((o) => o !== '')
            .map((o) => ({ value: o, label: o }))}
          onChange={(value) => set(rebuilt(output.value, value))}
        />
        <TextField
          id={id('description')}
          label="Description"
          help="The output's Description; optional."
          findings={f.at('description')}
          value={description ?? ''}
          onChange={(value) => set(withText(output, 'description', value), 'description')}
        />
        <TextField
          id={id('exportName')}
          label="Export name"
          help="Other stacks read the value with Fn::ImportValue; letters, digits, colons and hyphens."
          findings={f.at('exportName')}
          value={exportName ?? ''}
          onChange={(value) => set(withText(output, 'exportName', value), 'exportName')}
        />
      </div>
      <div className="entity-card-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => setOutputs(all.filter((_, i) => i !== index))}
        >
          {`Remove output ${output.id}`}
        </button>
      </div>
    </fieldset>
  );
}

/** The stack's outputs (CfnOutput): a repository's URI, ARN or name, a key's or a topic's ARN. */
export default function OutputsSection() {
  const { design } = useEntitiesView();
  const setOutputs = useSetOutputs();
  const outputs = design.outputs ?? [];
  const add = () => {
    const taken = new Set(outputs.map((o) => o.id));
    let n = outputs.length + 1;
    while (taken.has(`Output${n}`)) n++;
    const repository = design.repositories[0]?.id ?? '';
    setOutputs([...outputs, { value: 'repositoryUri', id: `Output${n}`, repository }]);
  };
  return (
    <DesignSection id="section-outputs" title="Outputs">
      <EntitySection
        id="outputs"
        title="Stack outputs"
        help="Values the deployed stack shows and can export to other stacks (cdk.CfnOutput)."
        addLabel="Add output"
        onAdd={add}
        empty="No outputs yet."
        count={outputs.length}
      >
        {outputs.map((output, index) => (
          <OutputCard key={index} output={output} index={index} />
        ))}
      </EntitySection>
    </DesignSection>
  );
}
