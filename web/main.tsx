import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { startLanguage } from './lib/i18n/i18n.js';
import './app/styles.css';
// Urdu's own script, shipped with Cairn: only a page in Urdu uses it (styles.css), and the browser
// downloads it only then, so other readers pay for two small @font-face rules.
import '@fontsource/noto-nastaliq-urdu/arabic-400.css';
import '@fontsource/noto-nastaliq-urdu/arabic-700.css';

const container = document.getElementById('root');
if (container) {
  // English draws at once; another language first fetches its catalogue, so no English flashes by.
  void startLanguage().then(() =>
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
