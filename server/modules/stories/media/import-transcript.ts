import type { Readable } from 'node:stream';
import type { Actor } from '../../../kernel/access.js';
import { AppError } from '../../../kernel/errors.js';
import { readUpload } from '../../../kernel/http.js';
import { message } from '../../../kernel/i18n.js';
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
  if (story.status !== 'draft') throw new AppError('conflict', message('stories.transcript.onlyDraft'));
  const bytes = await readUpload(
    upload.body,
    TRANSCRIPT_UPLOAD_LIMIT,
    message('stories.transcript.uploadTooLarge'),
  );
  let transcript;
  try {
    transcript = await readTranscript({ filename: upload.filename, bytes });
  } catch (error) {
    if (error instanceof TranscriptError)
      throw new AppError('validation_failed', error.problem, [{ path: 'file', message: error.problem }]);
    throw error;
  }
  const saved = await repo.setTranscript(context.db, story.id, {
    title: story.title,
    draftEncrypted: context.cipher.encrypt(transcript.text),
    segments: transcript.segments,
  });
  if (!saved) throw new AppError('conflict', message('stories.transcript.onlyDraft'));
  const speakers = [...new Set(transcript.segments.flatMap((s) => (s.speaker ? [s.speaker] : [])))];
  return {
    text: transcript.text,
    segments: transcript.segments.length,
    speakers,
    revision: saved.draftRevision,
  };
}
