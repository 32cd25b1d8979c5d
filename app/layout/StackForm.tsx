import { memo, useMemo } from 'react';
import type { Finding } from '../../engine/index';
import { TextField } from '../fields/TextField';
import { type FieldSpec, findingsOf, useDesignForm } from '../fields/useDesignForm';
import { FindingList } from '../findings/FindingList';

interface StackFormProps {
  stackName: string | undefined;
  findings: readonly Finding[];
  designFindings: readonly Finding[];
}

/** The stack name has no input errors: any text, or none, is a name or the default. */
const noInputErrors: Record<string, string> = {};

const specs: Record<string, FieldSpec> = {
  stackName: {
    show: (value) => value ?? '',
    read: (value) => ({ value: value === '' ? undefined : value }),
  },
};

/** The design's own field: the name of the generated Stack class. */
export const StackForm = memo(function StackForm({
  stackName,
  findings,
  designFindings,
}: StackFormProps) {
  const design = useMemo(() => ({ stackName }), [stackName]);
  const byField = useMemo(
    () => ({ own: [], byField: new Map([['stackName', [...findings]]]) }),
    [findings],
  );
  const { form, commit } = useDesignForm(specs, design, byField, {
    ownerKey: 'stack',
    inputErrors: noInputErrors,
    patch: (patch) => ({ type: 'setStackName', stackName: patch.stackName as string | undefined }),
  });
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
            findings={findingsOf(field.state.meta)}
            value={field.state.value as string}
            onBlur={field.handleBlur}
            onChange={(value, event) => {
              field.handleChange(value);
              commit('stackName', value, event.timeStamp);
            }}
          />
        )}
      </form.Field>
    </form>
  );
});
