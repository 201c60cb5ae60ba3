import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { readUpload } from '../../../kernel/http.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { loadCuratedStory } from '../story-loader.js';
import { findConsentFormsOfStory, insertConsentForm } from './consent.repository.js';

/** A phone photo or a scanner's PDF of a signed form is a few megabytes at most. */
const FORM_LIMIT_BYTES = 15 * 1024 * 1024;

const FORM_TYPES = [
  { mime: 'application/pdf', extension: 'pdf', starts: [0x25, 0x50, 0x44, 0x46] },
  { mime: 'image/jpeg', extension: 'jpg', starts: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', extension: 'png', starts: [0x89, 0x50, 0x4e, 0x47] },
] as const;

/** The type from the file's first bytes, never its name. */
function sniffFormType(head: Buffer) {
  return FORM_TYPES.find((type) => type.starts.every((byte, index) => head[index] === byte));
}

async function loadEvent(context: ModuleContext, actor: Actor, storyId: string, eventId: string) {
  const loaded = await loadCuratedStory(context, actor, storyId);
  const event = loaded.consentRows.find((row) => row.id === eventId);
  if (!event) throw notFound('consentRecord');
  return { loaded, event };
}

/** Keeps a scan of the signed consent form with the consent record it belongs to. */
export async function uploadConsentForm(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  eventId: string,
  body: Readable,
) {
  const { event } = await loadEvent(context, actor, storyId, eventId);
  const data = await readUpload(body, FORM_LIMIT_BYTES, message('stories.problems.formTooLarge'));
  const type = sniffFormType(data);
  if (!type) {
    throw new AppError('validation_failed', message('stories.problems.formType'), [
      { path: 'file', message: message('stories.problems.formTypeField') },
    ]);
  }
  const directory = join(context.config.dataDir, 'consent-forms', storyId);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const name = `${randomUUID()}.${type.extension}`;
  // Encrypted like the original story: the form carries the storyteller's name and signature.
  await writeFile(join(directory, name), context.cipher.encrypt(data.toString('base64')), { mode: 0o600 });
  await context.db.transaction(async (tx) => {
    await insertConsentForm(tx, {
      consentEventId: event.id,
      path: join('consent-forms', storyId, name),
      mime: type.mime,
      createdBy: actor.personId,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'story.consent_form_added',
      subjectType: 'story',
      subjectId: storyId,
      details: { eventId: event.id, mime: type.mime },
    });
  });
  return { mime: type.mime, size: data.length };
}

/** The scan, for the storyteller and collector only; every read audited like an original. */
export async function readConsentForm(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  eventId: string,
) {
  const { event } = await loadEvent(context, actor, storyId, eventId);
  const form = (await findConsentFormsOfStory(context.db, storyId)).find(
    (f) => f.consentEventId === event.id,
  );
  if (!form) throw notFound('consentFormScan');
  const stored = await readFile(join(context.config.dataDir, form.path), 'utf8').catch(() => {
    throw notFound('consentFormFile');
  });
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'story.consent_form_read',
    subjectType: 'story',
    subjectId: storyId,
    details: { eventId: event.id },
  });
  const extension = FORM_TYPES.find((type) => type.mime === form.mime)?.extension ?? 'bin';
  return {
    data: Buffer.from(context.cipher.decrypt(stored), 'base64'),
    mime: form.mime,
    filename: `consent-form.${extension}`,
  };
}
