import './registryMatchPanel.css';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { type Design, matchRegistry } from '../../engine/index';
import { matchGroups } from './registryMatchText';

interface RegistryMatchPanelProps {
  design: Design;
  /** The name shown first; default the first named repository of the design. */
  initialName?: string;
}

/** The design's repositories a name can be taken from: those with a repositoryName. */
function namedRepositories(design: Design) {
  return design.repositories.flatMap((r) =>
    r.repositoryName === undefined ? [] : [{ id: r.id, name: r.repositoryName }],
  );
}

function RepositoryPicker({
  design,
  name,
  onPick,
}: {
  design: Design;
  name: string;
  onPick: (name: string) => void;
}) {
  const id = useId();
  const named = namedRepositories(design);
  const unnamed = design.repositories.length - named.length;
  const chosen = named.find((r) => r.name === name);
  return (
    <div className="field">
      <label htmlFor={id}>A repository of the design</label>
      <select
        id={id}
        className="input"
        value={chosen ? chosen.id : ''}
        onChange={(event) => {
          const picked = named.find((r) => r.id === event.target.value);
          if (picked) onPick(picked.name);
        }}
      >
        <option value="">{named.length === 0 ? 'None has a repositoryName' : 'Choose…'}</option>
        {named.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name} ({r.id})
          </option>
        ))}
      </select>
      {unnamed > 0 && (
        <p className="registry-match-note">
          {unnamed} repositor{unnamed === 1 ? 'y has' : 'ies have'} no repositoryName:
          CloudFormation generates it at deploy, so no rule can be matched against it here.
        </p>
      )}
    </div>
  );
}

function MatchResult({ design, name }: { design: Design; name: string }) {
  const match = useMemo(() => matchRegistry(design, name), [design, name]);
  const headingId = useId();
  return (
    <section className="registry-match-result" aria-labelledby={headingId}>
      <h4 id={headingId}>
        What the registry does to <code>{name}</code>
      </h4>
      {match.designRepositories.length > 0 && (
        <p className="registry-match-note">
          The design creates a repository of this name; the templates below apply only to one ECR
          creates.
        </p>
      )}
      {matchGroups(match).map((group) => (
        <section key={group.id} className="registry-match-group" aria-label={group.title}>
          <h5>{group.title}</h5>
          <ul>
            {group.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className="registry-match-group registry-match-assumptions" aria-label="Assumptions">
        <h5>Assumptions where AWS is silent</h5>
        <ul>
          {match.assumptions.map((a) => (
            <li key={a.code}>{a.text}</li>
          ))}
        </ul>
      </section>
      <details className="registry-match-sources">
        <summary>What AWS documents</summary>
        <ul>
          {match.sources.map((source) => (
            <li key={source.quote}>
              <q>{source.quote}</q>{' '}
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.url.replace('https://docs.aws.amazon.com/AmazonECR/latest/', '')}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * "Which rules apply to this name": for a typed name or a repository of the design, the
 * creation template per way of creation and what it gives, replication, scanning, pull-through
 * cache and signing, with the designer's assumptions and AWS's texts. Self-contained: the
 * Registry section renders it with the design.
 */
export function RegistryMatchPanel({ design, initialName }: RegistryMatchPanelProps) {
  const [name, setName] = useState(initialName ?? namedRepositories(design)[0]?.name ?? '');
  const shown = useDeferredValue(name);
  const inputId = useId();
  const headingId = useId();
  return (
    <section className="registry-match" aria-labelledby={headingId}>
      <h3 id={headingId}>Which registry rules apply to a name</h3>
      <div className="registry-match-inputs">
        <div className="field">
          <label htmlFor={inputId}>Repository name</label>
          <input
            id={inputId}
            className="input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. ecr-public/nginx/nginx"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <RepositoryPicker design={design} name={name} onPick={setName} />
      </div>
      <p className="registry-match-note" role="status">
        {shown === '' ? 'Type a name or choose a repository.' : `Showing the rules for ${shown}.`}
      </p>
      {shown !== '' && <MatchResult design={design} name={shown} />}
    </section>
  );
}
