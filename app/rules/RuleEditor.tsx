import type { ButtonHTMLAttributes } from 'react';
import { FindingList } from '../findings/FindingList';
import { type FieldFindings, withUnshownFields } from '../findings/groupFindings';
import type { RuleEntry } from '../state/designerState';
import type { RuleCardActions } from './RuleCard';
import { RuleForm } from './RuleForm';
import { anyRuleNote, ruleHelp } from './ruleHelp';
import { isAnyRule } from './ruleSummary';

interface RuleEditorProps {
  repositoryKey: string;
  entry: RuleEntry;
  position: number;
  findings: FieldFindings | undefined;
  inputErrors: Record<string, string>;
  actions: RuleCardActions;
}

const shownFields = Object.keys(ruleHelp);

function EditorButton({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" {...props} className={`button button-small ${className}`} />;
}

/** The open card: the rule's note and its findings in full, its fields, and what can be done with it. */
export function RuleEditor(props: RuleEditorProps) {
  const { repositoryKey, entry, position, findings, inputErrors, actions } = props;
  const rule = `rule ${position + 1}`;
  return (
    <>
      {isAnyRule(entry.rule) && <p className="rule-note">{anyRuleNote}</p>}
      <FindingList findings={withUnshownFields(findings, shownFields)} />
      <RuleForm
        repositoryKey={repositoryKey}
        entry={entry}
        findings={findings}
        inputErrors={inputErrors}
      />
      <div className="rule-editor-actions">
        <EditorButton className="button-quiet" onClick={() => actions.duplicate(entry.key)}>
          Duplicate<span className="visually-hidden"> {rule}</span>
        </EditorButton>
        <EditorButton
          className="button-quiet button-danger"
          onClick={() => actions.remove(entry.key)}
        >
          Delete<span className="visually-hidden"> {rule}</span>
        </EditorButton>
        <EditorButton
          className="rule-editor-close"
          title="Close (Escape)"
          aria-keyshortcuts="Escape"
          onClick={() => actions.close(entry.key)}
        >
          Close<span className="visually-hidden"> {rule}</span>
        </EditorButton>
      </div>
    </>
  );
}
