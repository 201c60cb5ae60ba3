// Lint rules, including the import boundaries of DESIGN §4:
// the kernel and the text toolkit import no module; modules meet only through each other's index.ts;
// on the web, shared code (components, lib) → features → app, and features never import each other.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { cairnPlugin } from './scripts/eslint-boundaries.js';

// The areas whose words are all in the message catalogue (locales/web.pot, said with t()): hard-coded
// words in their JSX would stay English whatever language the reader chose. Add a file here when its
// area moves into the catalogue (docs/translating.md), and its page to web/app/translated-pages.ts.
const TRANSLATED_AREAS = [
  'web/app/layout.tsx',
  'web/app/home-page.tsx',
  'web/features/auth/sign-in-page.tsx',
  'web/features/cafes/join-page.tsx',
  // A participant's café board, its voting, results, timer and live notes.
  'web/features/cafes/board-page.tsx',
  'web/features/cafes/board-voting.tsx',
  'web/features/cafes/results.tsx',
  'web/features/cafes/round-timer.tsx',
  'web/features/cafes/live-board.tsx',
  // A table host's page, from their link or slip.
  'web/features/cafes/table-host-page.tsx',
  'web/components/language-switch.tsx',
  'web/components/page-heading.tsx',
  'web/components/consent-wording-text.tsx',
  'web/components/error-summary.tsx',
  'web/components/field-message.tsx',
  'web/components/text-field.tsx',
  'web/components/radio-group.tsx',
  'web/components/native-field.tsx',
  'web/components/button.tsx',
  'web/components/loading.tsx',
  'web/components/load-error.tsx',
  'web/features/activities/public-page.tsx',
  'web/features/activities/whats-on-page.tsx',
  'web/features/activities/programme-view.tsx',
  'web/features/activities/shared.tsx',
  'web/features/activities/programme-page.tsx',
  'web/features/activities/programme-sessions.tsx',
  'web/features/activities/my-sign-ups.tsx',
  'web/features/coproduction/partnerships-page.tsx',
  'web/features/coproduction/public-page.tsx',
  'web/features/coproduction/public-priority-page.tsx',
  'web/features/coproduction/public-priority.tsx',
  'web/features/coproduction/commitment-view.tsx',
  'web/features/admin/languages-page.tsx',
  'web/features/consent/confirm-page.tsx',
  'web/features/consent/proposal-summary.tsx',
  'web/features/consent/consent-record-page.tsx',
  'web/app/signed-in.tsx',
  'web/features/stories/start-story.tsx',
  'web/features/stories/my-stories-page.tsx',
  'web/features/stories/new-story-page.tsx',
  'web/features/stories/edit-story-page.tsx',
  'web/features/stories/draft-editor.tsx',
  'web/features/stories/story-page.tsx',
  'web/features/stories/consent-page.tsx',
  'web/features/stories/consent-history.tsx',
  'web/features/stories/withdraw-section.tsx',
  'web/features/stories/tier-details.tsx',
  'web/features/stories/support-lines.tsx',
  'web/features/stories/hold-notice.tsx',
  'web/features/stories/raise-concern.tsx',
];

// What the command line says is for whoever runs the server, in English: cli.ts, backups.ts, the
// lock on the embedded database a second server or command meets, and creating a partnership or its
// admin (only `cairn create-partnership` and `cairn create-admin` do).
const OPERATOR_FILES = [
  'server/cli.ts',
  'server/backups.ts',
  'server/kernel/data-dir-lock.ts',
  'server/modules/people/create-admin.ts',
  'server/modules/people/create-partnership.ts',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'server/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { cairn: cairnPlugin },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'cairn/boundaries': 'error',
      'cairn/no-cycles': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The worker that keeps a participant's café pages for opening offline (web/lib/offline-pages.ts).
    files: ['web/public/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts', 'server/testing/**', ...OPERATOR_FILES],
    plugins: { cairn: cairnPlugin },
    rules: { 'cairn/no-hard-coded-problem': 'error' },
  },
  {
    files: TRANSLATED_AREAS,
    plugins: { cairn: cairnPlugin },
    rules: { 'cairn/no-hard-coded-text': 'error' },
  },
);
