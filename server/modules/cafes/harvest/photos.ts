import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Actor } from '../../../kernel/access.js';
import { readImageSize } from '../../../kernel/documents.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import { readUpload } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as harvestRepo from './harvest.repository.js';

const PHOTO_LIMIT_BYTES = 10 * 1024 * 1024;

/** Stores a photo of a tablecloth (PNG or JPEG, checked by content) for the harvest. */
export async function uploadPhoto(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  upload: { body: Readable; tableNumber?: number | undefined; caption: string },
) {
  const { cafe } = await requireFacilitator(context, actor, cafeId);
  const data = await readUpload(upload.body, PHOTO_LIMIT_BYTES, message('cafes.facilitator.photoTooLarge'));
  const image = readImageSize(data);
  if (!image) throw new AppError('unsupported_media_type', message('cafes.facilitator.photoType'));
  const table = upload.tableNumber ? cafe.tables.find((t) => t.number === upload.tableNumber) : undefined;
  if (upload.tableNumber && !table)
    throw new AppError(
      'validation_failed',
      message('cafes.facilitator.noTable', { table: upload.tableNumber }),
    );
  const directory = join(context.config.dataDir, 'uploads', 'cafes', cafeId);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const file = `${id}.${image.mime === 'image/png' ? 'png' : 'jpg'}`;
  await writeFile(join(directory, file), data, { mode: 0o600 });
  const row = await harvestRepo.insertPhoto(context.db, {
    id,
    cafeId,
    tableId: table?.id ?? null,
    path: join('uploads', 'cafes', cafeId, file),
    mime: image.mime,
    width: image.width,
    height: image.height,
    caption: upload.caption,
    uploadedBy: actor.personId,
  });
  return { id: row.id, tableNumber: table?.number ?? null, caption: row.caption };
}

/** A photo from the harvest, for the café's facilitators only. */
export async function readPhoto(context: ModuleContext, actor: Actor, cafeId: string, photoId: string) {
  await requireFacilitator(context, actor, cafeId);
  const photo = await harvestRepo.findPhoto(context.db, cafeId, photoId);
  if (!photo) throw notFound('photo');
  return { data: await readFile(join(context.config.dataDir, photo.path)), mime: photo.mime };
}
