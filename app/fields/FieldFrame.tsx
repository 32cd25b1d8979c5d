import type { ReactNode } from 'react';
import type { Finding } from '../../engine/index';
import { FindingList } from '../findings/FindingList';

export interface FieldProps {
  id: string;
  label: string;
  /** What the CDK prop does and its default. */
  help: ReactNode;
  findings: readonly Finding[];
  /** Text that cannot be part of a design yet (reported by the form, not the engine). */
  inputError?: string;
}

/** The ids a control is described by: its help, its input error and its findings. */
export function describedBy(id: string): string {
  return `${id}-help ${id}-input-error ${id}-findings`;
}

export function isInvalid(findings: readonly Finding[], inputError?: string): boolean {
  return inputError !== undefined || findings.some((f) => f.severity !== 'warning');
}

interface FieldFrameProps extends FieldProps {
  children: ReactNode;
  /** Checkboxes put their label after the control. */
  labelAfter?: boolean;
  /** For groups of controls, the label names the group instead of one control. */
  labelFor?: string | null;
}

export function FieldFrame(props: FieldFrameProps) {
  const { id, label, help, findings, inputError, children, labelAfter, labelFor } = props;
  const labelElement =
    labelFor === null ? (
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
    ) : (
      <label className="field-label" htmlFor={labelFor ?? id} id={`${id}-label`}>
        {label}
      </label>
    );
  return (
    <div className={`field${labelAfter ? ' field-inline' : ''}`}>
      {labelAfter ? (
        <div className="field-row">
          {children}
          {labelElement}
        </div>
      ) : (
        <>
          {labelElement}
          {children}
        </>
      )}
      <p className="field-help" id={`${id}-help`}>
        {help}
      </p>
      <p className="field-input-error" id={`${id}-input-error`} hidden={inputError === undefined}>
        {inputError}
      </p>
      <FindingList findings={findings} id={`${id}-findings`} />
    </div>
  );
}
