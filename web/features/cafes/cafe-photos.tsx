import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { CafePhotoSchema, type Board } from '../../../contracts/cafes.js';
import { Button } from '../../components/button.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, errorText } from '../../lib/api.js';
import { fieldId } from '../../lib/form-errors.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { strings } from '../../lib/strings.js';
import { NativeField } from '../../components/native-field.js';
import { harvestKey, useHarvest } from './harvest-query.js';

const s = cafesStrings.photos;
const FORM = 'cafe-photo';

/** Table hosts and facilitators add photos of tablecloths and flip charts for the harvest report. */
export function CafePhotos({ cafe }: { cafe: Board['cafe'] }) {
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState('');
  const harvest = useHarvest(cafe.id);
  const upload = useMutation({
    // A plain route, not a declared endpoint: the photo goes up as it is, with its own content type.
    mutationFn: (input: { file: File; tableNumber: string; caption: string }) => {
      const query = new URLSearchParams({ filename: input.file.name, caption: input.caption });
      if (input.tableNumber) query.set('tableNumber', input.tableNumber);
      return apiRequest(`/api/cafes/${cafe.id}/photos?${query.toString()}`, CafePhotoSchema, {
        method: 'POST',
        file: input.file,
      });
    },
    onSuccess: () => {
      formRef.current?.reset();
      setError(undefined);
      setDone(s.added);
      void client.invalidateQueries({ queryKey: harvestKey(cafe.id) });
    },
    onError: (problem) => setError(errorText(problem)),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    const data = new FormData(event.currentTarget);
    const file = data.get('photo');
    if (!(file instanceof File) || file.size === 0) {
      setError(s.chooseFile);
      document.getElementById(fieldId(FORM, 'photo'))?.focus();
      return;
    }
    upload.mutate({
      file,
      tableNumber: String(data.get('tableNumber') ?? ''),
      caption: String(data.get('caption') ?? '').trim(),
    });
  };
  const photoId = fieldId(FORM, 'photo');
  const photos = harvest.data?.photos ?? [];
  return (
    <section className="section" aria-labelledby="photos-title">
      <h2 id="photos-title">{s.title}</h2>
      <p>{s.lead}</p>
      <form id={FORM} ref={formRef} noValidate onSubmit={onSubmit} className="form">
        <div className="field" data-invalid={error ? '' : undefined}>
          <label className="field__label" htmlFor={photoId}>
            {s.file}
          </label>
          <span className="field__hint" id={`${photoId}-hint`}>
            {s.fileHint}
          </span>
          {error ? (
            <span className="field__error" id={`${photoId}-error`}>
              <span className="visually-hidden">{strings.errors.summaryTitle}: </span>
              {error}
            </span>
          ) : null}
          <input
            id={photoId}
            name="photo"
            type="file"
            accept="image/jpeg,image/png"
            capture="environment"
            className="file-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${photoId}-hint${error ? ` ${photoId}-error` : ''}`}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={fieldId(FORM, 'tableNumber')}>
            {s.table}
          </label>
          <select
            id={fieldId(FORM, 'tableNumber')}
            name="tableNumber"
            className="field__input"
            defaultValue=""
          >
            <option value="">{s.anyTable}</option>
            {cafe.tables.map((t) => (
              <option key={t.id} value={t.number}>
                {cafesStrings.team.tableOption(t.number)}
              </option>
            ))}
          </select>
        </div>
        <NativeField id={fieldId(FORM, 'caption')} name="caption" label={s.caption} maxLength={200} />
        <Button type="submit" isPending={upload.isPending} pendingLabel={s.submitting}>
          {s.submit}
        </Button>
      </form>
      <StatusMessage>{done || null}</StatusMessage>
      {photos.length > 0 ? (
        <>
          <p>{s.count(photos.length)}</p>
          <ul className="cafe-photos">
            {photos.map((photo) => (
              <li key={photo.id}>
                <img
                  src={`/api/cafes/${cafe.id}/photos/${photo.id}`}
                  alt={s.alt(photo.caption, photo.tableNumber)}
                  loading="lazy"
                  width={160}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
