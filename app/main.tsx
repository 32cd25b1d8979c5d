import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { trackInputModality } from './layout/inputModality';
import { registerOffline } from './offline/registerOffline';
import { readAutosave } from './persistence/autosave';
import { linkCodec, unreadableLink } from './persistence/linkCodec';
import { type DecodeLink, startDesigner } from './persistence/startup';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/rules.css';
import './styles/outputs.css';
import './styles/dialogs.css';

/**
 * Decided once before the first render: no flash of the example, no work done twice. The link
 * codec starts loading at once; the first render waits for it only when there is a link to read.
 */
function start(decode: DecodeLink) {
  const startup = startDesigner(hash, readAutosave(), decode);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App startup={startup} />
    </StrictMode>,
  );
}

const hash = window.location.hash;
const codec = linkCodec();
if (hash === '' || hash === '#') {
  // A failed load is retried when a link or a save needs the codec.
  codec.catch(() => {});
  start(unreadableLink);
} else {
  codec.then(
    ({ decodeLink }) => start(decodeLink),
    () => start(unreadableLink),
  );
}

registerOffline();
trackInputModality();
