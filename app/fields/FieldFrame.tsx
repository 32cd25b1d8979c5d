import { type ReactNode, useState } from 'react';
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

/**
 * The field's help, folded: the ? button opens it for a pointer, focus shows it to keyboard
 * users (forms.css), and screen readers read it as the control's description either way. The
 * button is no Tab stop, so the help costs keyboard users no extra key press.
 */
function HelpToggle({
  id,
  label,
  open,
  onToggle,
}: {
  id: string;
  label: string;
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="help-toggle"
      tabIndex={-1}
      aria-expanded={open}
      aria-controls={`${id}-help`}
      onClick={onToggle}
    >
      <span aria-hidden="true">?</span>
      <span className="visually-hidden">About {label}</span>
    </button>
  );
}

export function FieldFrame(props: FieldFrameProps) {
  const { id, label, help, findings, inputError, children, labelAfter, labelFor } = props;
  const [helpOpen, setHelpOpen] = useState(false);
  const toggle = (
    <HelpToggle id={id} label={label} open={helpOpen} onToggle={() => setHelpOpen(!helpOpen)} />
  );
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
          {toggle}
        </div>
      ) : (
        <>
          <div className="field-row">
            {labelElement}
            {toggle}
          </div>
          {children}
        </>
      )}
      <p className="field-help" id={`${id}-help`} data-open={helpOpen}>
        {help}
      </p>
      <p className="field-input-error" id={`${id}-input-error`} hidden={inputError === undefined}>
        {inputError}
      </p>
      <FindingList findings={findings} id={`${id}-findings`} />
    </div>
  );
}
