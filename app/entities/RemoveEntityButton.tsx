import { useId, useRef, useState } from 'react';
import { useModalDialog } from '../layout/useModalDialog';
import { useDispatch } from '../state/DesignerContext';
import { useEntitiesView } from './EntitiesContext';
import { type DependentsReport, dependentsOf } from './entityReferences';
import { type EntityKind, entityNoun } from './entityState';

interface RemoveEntityButtonProps {
  kind: EntityKind;
  index: number;
  id: string;
}

/**
 * Deletes an entity at once when nothing refers to it; otherwise asks first, listing what
 * refers to it, and either removes those references too or explains why it cannot.
 */
export function RemoveEntityButton({ kind, index, id }: RemoveEntityButtonProps) {
  const dispatch = useDispatch();
  const view = useEntitiesView();
  const [report, setReport] = useState<DependentsReport | undefined>(undefined);
  const remove = () => dispatch({ type: 'entities/remove', kind, index });
  const onClick = () => {
    const found = dependentsOf(view, kind, id);
    if (found.dependents.length === 0) remove();
    else setReport(found);
  };
  return (
    <>
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={`Delete ${entityNoun[kind]} ${id}`}
        onClick={onClick}
      >
        Delete
      </button>
      {report && (
        <DependentsDialog
          title={`Delete ${entityNoun[kind]} ${id}?`}
          report={report}
          onConfirm={() => {
            setReport(undefined);
            remove();
          }}
          onClose={() => setReport(undefined)}
        />
      )}
    </>
  );
}

interface DependentsDialogProps {
  title: string;
  report: DependentsReport;
  onConfirm: () => void;
  onClose: () => void;
}

function DependentsDialog({ title, report, onConfirm, onClose }: DependentsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useModalDialog(dialog);
  const count = report.dependents.length;
  return (
    <dialog
      ref={dialog}
      className="dialog entity-dialog"
      aria-labelledby={headingId}
      data-testid="dependents-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-body">
        <h2 id={headingId}>{title}</h2>
        <p>{count === 1 ? 'One thing refers to it:' : `${count} things refer to it:`}</p>
        <ul className="dependents">
          {report.dependents.map((d, i) => (
            <li key={i}>{d.description}</li>
          ))}
        </ul>
        {report.refusal ? (
          <p className="entity-refusal" role="alert">
            It cannot be deleted now: {report.refusal}
          </p>
        ) : (
          <p>Deleting it also removes {count === 1 ? 'that reference' : 'those references'}.</p>
        )}
        <div className="dialog-actions">
          {!report.refusal && (
            <button type="button" className="button button-danger" onClick={onConfirm}>
              Delete and remove {count === 1 ? 'the reference' : `${count} references`}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {report.refusal ? 'Close' : 'Cancel'}
          </button>
        </div>
      </div>
    </dialog>
  );
}
