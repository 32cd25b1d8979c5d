import { memo, useMemo } from 'react';
import type { Finding } from '../../engine/index';
import { TextField } from '../fields/TextField';
import { editField, type FieldSpec, findingsOf, useDesignForm } from '../fields/useDesignForm';
import { FindingList } from '../findings/FindingList';
import type { StackSettings } from '../state/designerState';

interface StackFormProps {
  stackName: string | undefined;
  stack: StackSettings;
  findings: readonly Finding[];
  designFindings: readonly Finding[];
}

/** The stack name has no input errors: any text, or none, is a name or the default. */
const noInputErrors: Record<string, string> = {};

/** Empty text is no value: the stack has its default name, or no description. */
const optionalText: FieldSpec = {
  show: (value) => value ?? '',
  read: (value) => ({ value: value === '' ? undefined : value }),
};
const specs: Record<string, FieldSpec> = {
  stackName: optionalText,
  stackDescription: optionalText,
};

/** The form's text fields, in the order shown. */
const fields = [
  {
    name: 'stackName',
    id: 'stack-name',
    label: 'Stack class name',
    help: 'Names the generated Stack class and its files. Default: EcrStack.',
    placeholder: 'EcrStack',
  },
  {
    name: 'stackDescription',
    id: 'stack-description',
    label: 'Stack description',
    help: "The template's Description (stack.templateOptions.description); at most 1024 bytes.",
  },
] as const;

const isDescriptionFinding = (f: Finding) => f.path[0] === 'stackDescription';

/** The design's own fields: the name of the generated Stack class, and the stack's description. */
export const StackForm = memo(function StackForm({
  stackName,
  stack,
  findings,
  designFindings,
}: StackFormProps) {
  const design = useMemo(
    () => ({ stackName, stackDescription: stack.stackDescription }),
    [stackName, stack.stackDescription],
  );
  const byField = useMemo(
    () => ({
      own: [],
      byField: new Map([
        ['stackName', [...findings]],
        ['stackDescription', designFindings.filter(isDescriptionFinding)],
      ]),
    }),
    [findings, designFindings],
  );
  const { form, commit } = useDesignForm(specs, design, byField, {
    ownerKey: 'stack',
    inputErrors: noInputErrors,
    patch: (patch) =>
      'stackDescription' in patch
        ? {
            type: 'setStack',
            stack: { ...stack, stackDescription: patch.stackDescription as string | undefined },
            typing: 'stackDescription',
          }
        : { type: 'setStackName', stackName: patch.stackName as string | undefined },
  });
  const otherFindings = useMemo(
    () => designFindings.filter((f) => !isDescriptionFinding(f)),
    [designFindings],
  );
  return (
    <form className="stack-form" onSubmit={(event) => event.preventDefault()} aria-label="Stack">
      <FindingList findings={otherFindings} />
      {fields.map(({ name, ...text }) => (
        <form.Field key={name} name={name}>
          {(field) => (
            <TextField
              {...text}
              findings={findingsOf(field.state.meta)}
              value={field.state.value as string}
              onBlur={field.handleBlur}
              onChange={(value, event) => {
                editField(field, value);
                commit(name, value, event.timeStamp);
              }}
            />
          )}
        </form.Field>
      ))}
    </form>
  );
});
