import type { FunctionDesign } from '../../engine/index';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';
import { useDispatch } from '../state/DesignerContext';
import { useEntitiesView } from './EntitiesContext';
import { compact, EntityCard, EntitySection, useSetEntity } from './EntityCard';
import { findingsUnder } from './entityFindings';
import { KeptLogicalIdField } from './KeptLogicalIdField';

interface NamedCardProps {
  kind: 'topics' | 'queues';
  index: number;
  entity: { id: string; logicalId?: string };
}

function NamedCard({ kind, index, entity }: NamedCardProps) {
  const { findings } = useEntitiesView();
  const set = useSetEntity(kind, index);
  const f = findingsUnder(findings, [kind, index]);
  const idFindings = f.at('id');
  const logicalIdFindings = f.at('logicalId');
  const { id } = entity;
  const noun = kind === 'topics' ? 'Topic' : 'Queue';
  return (
    <EntityCard kind={kind} index={index} id={id} title={`${noun} ${id}`} findings={f.rest()}>
      <TextField
        id={`${kind}-${index}-id`}
        label="Construct id"
        help={`The id in new ${kind === 'topics' ? 'sns.Topic' : 'sqs.Queue'}(this, id); event rules pick it as a target.`}
        findings={idFindings}
        value={id}
        onChange={(value) => set({ ...entity, id: value }, 'id')}
      />
      <KeptLogicalIdField
        value={entity}
        what={noun.toLowerCase()}
        findings={logicalIdFindings}
        id={(field) => `${kind}-${index}-${field}`}
        onChange={set}
      />
    </EntityCard>
  );
}

function FunctionCard({ fn, index }: { fn: FunctionDesign; index: number }) {
  const { findings } = useEntitiesView();
  const set = useSetEntity('functions', index);
  const f = findingsUnder(findings, ['functions', index]);
  const fields = { id: f.at('id'), arn: f.at('functionArn'), same: f.at('sameEnvironment') };
  const id = (field: string) => `functions-${index}-${field}`;
  return (
    <EntityCard
      kind="functions"
      index={index}
      id={fn.id}
      title={`Function ${fn.id}`}
      findings={f.rest()}
    >
      <TextField
        id={id('id')}
        label="Construct id"
        help="The id of the imported function; event rules pick it as a target."
        findings={fields.id}
        value={fn.id}
        onChange={(value) => set({ ...fn, id: value }, 'id')}
      />
      <TextField
        id={id('functionArn')}
        label="Function ARN"
        help="arn:aws:lambda:region:account:function:name (unqualified)."
        findings={fields.arn}
        value={fn.functionArn}
        onChange={(value) => set({ ...fn, functionArn: value }, 'functionArn')}
      />
      <CheckboxField
        id={id('sameEnvironment')}
        label="Same account and region"
        help="sameEnvironment: CDK then adds the Lambda permission for the rule (fromFunctionAttributes)."
        findings={fields.same}
        checked={fn.sameEnvironment ?? false}
        onChange={(checked) => set(compact({ ...fn, sameEnvironment: checked || undefined }))}
      />
    </EntityCard>
  );
}

/** SNS topics, SQS queues and existing Lambda functions: the targets of event rules. */
export function TargetsSection() {
  const { entities } = useEntitiesView();
  const dispatch = useDispatch();
  return (
    <>
      <EntitySection
        id="topics"
        title="SNS topics"
        help="New topics (sns.Topic), as event rule targets."
        addLabel="Add topic"
        onAdd={() => dispatch({ type: 'entities/add', kind: 'topics' })}
        empty="No topics yet."
        count={entities.topics.length}
      >
        {entities.topics.map((topic, index) => (
          <NamedCard key={index} kind="topics" index={index} entity={topic} />
        ))}
      </EntitySection>
      <EntitySection
        id="queues"
        title="SQS queues"
        help="New queues (sqs.Queue), as event rule targets."
        addLabel="Add queue"
        onAdd={() => dispatch({ type: 'entities/add', kind: 'queues' })}
        empty="No queues yet."
        count={entities.queues.length}
      >
        {entities.queues.map((queue, index) => (
          <NamedCard key={index} kind="queues" index={index} entity={queue} />
        ))}
      </EntitySection>
      <EntitySection
        id="functions"
        title="Lambda functions"
        help="Existing functions, imported by ARN, as event rule targets."
        addLabel="Add function"
        onAdd={() => dispatch({ type: 'entities/add', kind: 'functions' })}
        empty="No functions yet."
        count={entities.functions.length}
      >
        {entities.functions.map((fn, index) => (
          <FunctionCard key={index} fn={fn} index={index} />
        ))}
      </EntitySection>
    </>
  );
}
