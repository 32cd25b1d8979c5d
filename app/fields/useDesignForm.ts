/**
 * A TanStack form over one object of the design (the stack, a repository's settings, a rule).
 * The form holds what the controls show; the design holds what they mean. The engine's findings
 * reach the fields through the form-level validator, as a server's errors would: they are about
 * the whole design, so the validator returns them by field. When the design changes from
 * outside the form (undo, redo, a drop that renumbers priorities), the fields whose value it
 * changed show the new value; a field's own edits and its unfinished text are left alone.
 */
import { type AnyFieldApi, type AnyFieldMeta, useForm } from '@tanstack/react-form';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Finding, FormFacet } from '../../engine/index';
import { type FieldFindings, noFindings } from '../findings/groupFindings';
import { markEdit } from '../perf';
import { useDispatch } from '../state/DesignerContext';
import type { DesignerAction } from '../state/designerReducer';
import { fieldKey } from '../state/designerState';
import {
  type FormReading,
  type FormValue,
  formValueOf,
  readFormValue,
  readValue,
  sameValue,
} from './formValues';

/** How one field of the form shows and reads its design value. */
export interface FieldSpec {
  show: (designValue: unknown) => unknown;
  read: (formValue: unknown) => FormReading;
}

type Values = Record<string, unknown>;

/** The specs of a property table's rows with a form facet: each shows and reads by its widget. */
export function tableSpecs(
  rows: readonly { field: string; form: FormFacet }[],
): Record<string, FieldSpec> {
  return Object.fromEntries(
    rows.map(({ field, form: { widget } }) => [
      field,
      {
        show: (value: unknown) => formValueOf(widget, value),
        read: (value: unknown) => readFormValue(widget, value as FormValue),
      },
    ]),
  );
}

function shownValues(specs: Record<string, FieldSpec>, design: Values): Values {
  return Object.fromEntries(Object.entries(specs).map(([name, s]) => [name, s.show(design[name])]));
}

/** The findings of the form's fields, by field, as the form-level validator returns them. */
function fieldErrors(specs: Record<string, FieldSpec>, findings: FieldFindings | undefined) {
  const fields: Record<string, readonly Finding[]> = {};
  for (const [name, list] of findings?.byField ?? [])
    if (name in specs && list.length > 0) fields[name] = list;
  return { fields };
}

/**
 * A control's new value into its form field. Not validated there: the form-level validator
 * returns the engine's findings, which come with the design this edit makes (the layout
 * effect above validates then); validating on the edit would only repeat the last findings
 * for every field of the form.
 */
export function editField(field: { setValue: AnyFieldApi['setValue'] }, value: unknown): void {
  field.setValue(value, { dontValidate: true });
}

/** The engine's findings on a field, from its meta. */
export function findingsOf(meta: AnyFieldMeta): readonly Finding[] {
  return (meta.errorMap.onChange as readonly Finding[] | undefined) ?? noFindings;
}

/** Where a form's values go: its owner's key (for input errors) and the edit that patches it. */
export interface FormTarget {
  ownerKey: string;
  inputErrors: Record<string, string>;
  patch: (patch: Values) => DesignerAction;
}

export function useDesignForm(
  specs: Record<string, FieldSpec>,
  design: Values,
  findings: FieldFindings | undefined,
  target: FormTarget,
) {
  const dispatch = useDispatch();
  const latest = useRef({ specs, findings });
  const [defaultValues] = useState(() => shownValues(specs, design));
  const form = useForm({
    defaultValues,
    validators: { onChange: () => fieldErrors(latest.current.specs, latest.current.findings) },
  });
  useLayoutEffect(() => {
    latest.current = { specs, findings };
    form.validate('change');
  }, [form, specs, findings]);
  const seen = useRef(design);
  useLayoutEffect(() => {
    const before = seen.current;
    seen.current = design;
    if (before === design) return;
    for (const [name, spec] of Object.entries(specs)) {
      const value = design[name];
      if (sameValue(before[name], value)) continue;
      const shown = readValue(spec.read(form.getFieldValue(name)));
      if (shown && sameValue(shown.value, value)) continue;
      form.setFieldValue(name, spec.show(value), { dontValidate: true });
    }
  }, [form, specs, design]);
  // What the last render saw, for `commit`, which stays the same function across renders so
  // that memoized fields (FormTableField) skip the renders that do not concern them.
  const current = useRef({ specs, design, target });
  /**
   * The values and input errors `commit` sent since the form last rendered a new design. The
   * design pane renders a form's edits a moment later (usePaneState), so until it does, they,
   * not `design`, are what the state holds: a keystroke that undoes the one before must still
   * be sent.
   */
  const sent = useRef(new Map<string, unknown>());
  useLayoutEffect(() => {
    if (current.current.design !== design) sent.current.clear();
    current.current = { specs, design, target };
  });
  /** A control's value: its input error to the state, its reading into the design when it differs. */
  const commit = useCallback<FormCommit>(
    (field, value, eventTime) => {
      const { specs, design, target } = current.current;
      const reading = specs[field]!.read(value);
      /** Whether `value` differs from what the state holds at `slot`; if so, it is sent now. */
      const sends = (slot: string, value: unknown, rendered: unknown) => {
        const held = sent.current.has(slot) ? sent.current.get(slot) : rendered;
        if (sameValue(value, held)) return false;
        sent.current.set(slot, value);
        return true;
      };
      const key = fieldKey(target.ownerKey, field);
      if (sends(`error:${key}`, reading.error, target.inputErrors[key])) {
        const edit = { type: 'setInputError', fieldKey: key, message: reading.error } as const;
        dispatch({ type: 'formEdit', edit });
      }
      const read = readValue(reading);
      if (!read || !sends(field, read.value, design[field])) return;
      markEdit(eventTime);
      dispatch({ type: 'formEdit', edit: target.patch({ [field]: read.value }) });
    },
    [dispatch],
  );
  return { form, commit };
}

/** Puts a control's value into the design (useDesignForm's commit); the same function for the form's life. */
export type FormCommit = (field: string, value: unknown, eventTime?: number) => void;

/** The TanStack form useDesignForm makes. */
export type DesignForm = ReturnType<typeof useDesignForm>['form'];
