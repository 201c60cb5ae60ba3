// Server files whose problem answers still say English (`new AppError('conflict', 'Only …')`). Every
// other server file gives its problems as catalogue messages (locales/server.pot), said in the
// reader's language, and lint refuses English written into them (cairn/no-hard-coded-problem). Take a
// file off this list when its problems move into the catalogue; never add one.
export const SERVER_ENGLISH_LEFT = [
  'server/modules/stories/media/import-transcript.ts',
  'server/modules/stories/media/transcript/read-transcript.ts',
];
