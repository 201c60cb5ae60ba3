import type { Readable } from 'node:stream';
import type { Actor } from '../../../kernel/access.js';
import { AppError } from '../../../kernel/errors.js';
import { readUpload } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { loadCuratedStory } from '../story-loader.js';
import * as repo from './media.repository.js';
import { MAX_TRANSCRIPT_TEXT_BYTES, readTranscript, TranscriptError } from './transcript/index.js';

const TRANSCRIPT_UPLOAD_LIMIT = MAX_TRANSCRIPT_TEXT_BYTES * 2;

/**
 * Imports a transcript (TXT, WebVTT, SRT or Word) as the draft text of a story, keeping speaker
 * labels in the text and timestamps alongside it. The file's type is decided by its content.
 */
export async function importTranscript(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  upload: { filename: string; body: Readable },
) {
  const { story } = await loadCuratedStory(context, actor, storyId);
  if (story.status !== 'draft')
    throw new AppError('conflict', 'A transcript can only be imported into a draft.');
  const bytes = await readUpload(
    upload.body,
    TRANSCRIPT_UPLOAD_LIMIT,
    'This transcript file is too large (10 MB at most).',
  );
  let transcript;
  try {
    transcript = await readTranscript({ filename: upload.filename, bytes });
  } catch (error) {
    if (error instanceof TranscriptError)
      throw new AppError('validation_failed', error.message, [{ path: 'file', message: error.message }]);
    throw error;
  }
  const saved = await repo.setTranscript(context.db, story.id, {
    title: story.title,
    draftEncrypted: context.cipher.encrypt(transcript.text),
    segments: transcript.segments,
  });
  if (!saved) throw new AppError('conflict', 'A transcript can only be imported into a draft.');
  const speakers = [...new Set(transcript.segments.flatMap((s) => (s.speaker ? [s.speaker] : [])))];
  return {
    text: transcript.text,
    segments: transcript.segments.length,
    speakers,
    revision: saved.draftRevision,
  };
}
