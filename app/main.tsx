import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { trackInputModality } from './layout/inputModality';
import { registerOffline } from './offline/registerOffline';
import { readAutosave } from './persistence/autosave';
import { startDesigner } from './persistence/startup';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/rules.css';
import './styles/outputs.css';
import './styles/dialogs.css';

// Read once, synchronously, before the first render: no flash of the example, no work done twice.
const startup = startDesigner(window.location.hash, readAutosave());

registerOffline();
trackInputModality();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App startup={startup} />
    </StrictMode>,
  );
}
