import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { StoryMedia } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { loadCuratedStory } from '../story-loader.js';
import * as repo from './media.repository.js';
import { MEDIA_SNIFF_BYTES, sniffMediaType } from './media-type.js';

function toMedia(row: Awaited<ReturnType<typeof repo.findMediaOfStory>>[number]): StoryMedia {
  return {
    id: row.id,
    source: row.source,
    mediaKind: row.mediaKind,
    mime: row.mime,
    url: row.url,
    originalName: row.originalName,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Streams an audio or video recording to disk. The type is checked from the first bytes, not the
 * name; the file is written under a temporary name and only moved into place when complete, so a
 * refused or broken upload leaves nothing behind.
 */
export async function uploadMedia(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  upload: { filename: string; body: Readable },
): Promise<StoryMedia> {
  const { story } = await loadCuratedStory(context, actor, storyId);
  const limit = context.config.uploadLimitBytes;
  const directory = join(context.config.dataDir, 'uploads', story.id);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const temporary = join(directory, `${id}.partial`);
  const out = createWriteStream(temporary, { mode: 0o600 });
  let head = Buffer.alloc(0);
  let size = 0;
  let media: ReturnType<typeof sniffMediaType> = null;
  try {
    for await (const chunk of upload.body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > limit) {
        throw new AppError(
          'payload_too_large',
          message('stories.problems.recordingTooLarge', { megabytes: Math.round(limit / 1024 / 1024) }),
        );
      }
      if (!media && head.length < MEDIA_SNIFF_BYTES) {
        head = Buffer.concat([head, buffer]);
        if (head.length >= MEDIA_SNIFF_BYTES) {
          media = sniffMediaType(head);
          if (!media) throw unsupportedMedia();
        }
      }
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    if (!media) media = head.length > 0 ? sniffMediaType(head) : null;
    if (!media)
      throw size === 0
        ? new AppError('bad_request', message('stories.problems.recordingEmpty'))
        : unsupportedMedia();
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    const finalName = `${id}.${media.extension}`;
    await rename(temporary, join(directory, finalName));
    const row = await repo.insertMedia(context.db, {
      id,
      storyId: story.id,
      source: 'file',
      mediaKind: media.kind,
      mime: media.mime,
      path: join('uploads', story.id, finalName),
      originalName: upload.filename,
      sizeBytes: size,
      createdBy: actor.personId,
    });
    return toMedia(row);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

function unsupportedMedia(): AppError {
  return new AppError('unsupported_media_type', message('stories.problems.recordingType'));
}

export async function addMediaLink(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  input: { url: string; label: string },
): Promise<StoryMedia> {
  const { story } = await loadCuratedStory(context, actor, storyId);
  const row = await repo.insertMedia(context.db, {
    storyId: story.id,
    source: 'link',
    url: input.url,
    originalName: input.label,
    createdBy: actor.personId,
  });
  return toMedia(row);
}

export async function listMedia(context: ModuleContext, actor: Actor, storyId: string) {
  const { story } = await loadCuratedStory(context, actor, storyId, { alsoSafeguarding: true });
  return (await repo.findMediaOfStory(context.db, story.id)).map(toMedia);
}

/** Opens an uploaded recording for the storyteller, collector or safeguarding lead; every open is audited. */
export async function openMediaFile(context: ModuleContext, actor: Actor, storyId: string, mediaId: string) {
  const { story, access } = await loadCuratedStory(context, actor, storyId, {
    alsoSafeguarding: true,
  });
  const row = await repo.findMedia(context.db, story.id, mediaId);
  if (!row?.path || !row.mime) throw notFound('recording');
  const path = join(context.config.dataDir, row.path);
  const info = await stat(path).catch(() => undefined);
  if (!info) throw notFound('recording');
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'story.media.read',
    subjectType: 'story',
    subjectId: story.id,
    details: { mediaId: row.id, access },
  });
  return { stream: createReadStream(path), mime: row.mime, size: info.size };
}
