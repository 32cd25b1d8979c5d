import { useForm } from '@tanstack/react-form';
import type { Finding } from '../../engine/index';
import { TextField } from '../fields/TextField';
import { FindingList } from '../findings/FindingList';
import { markEdit } from '../perf';
import { useDispatch } from '../state/DesignerContext';

interface StackFormProps {
  stackName: string | undefined;
  findings: readonly Finding[];
  designFindings: readonly Finding[];
}

/** The design's own field: the name of the generated Stack class. Re-mounted when the design is replaced. */
export function StackForm({ stackName, findings, designFindings }: StackFormProps) {
  const dispatch = useDispatch();
  const form = useForm({ defaultValues: { stackName: stackName ?? '' } });
  return (
    <form className="stack-form" onSubmit={(event) => event.preventDefault()} aria-label="Stack">
      <FindingList findings={designFindings} />
      <form.Field name="stackName">
        {(field) => (
          <TextField
            id="stack-name"
            label="Stack class name"
            help="Names the generated Stack class and its files. Default: EcrStack."
            placeholder="EcrStack"
            findings={findings}
            value={field.state.value}
            onBlur={field.handleBlur}
            onChange={(value, event) => {
              field.handleChange(value);
              markEdit(event.timeStamp);
              dispatch({ type: 'setStackName', stackName: value === '' ? undefined : value });
            }}
          />
        )}
      </form.Field>
    </form>
  );
}
