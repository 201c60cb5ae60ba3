import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LANGUAGES, SOURCE_LANGUAGE, languageOf, type LanguageCode } from '../../../contracts/languages.js';
import { partnershipLanguageEndpoints } from '../../../contracts/people.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldDescribedBy, FieldHintAndError } from '../../components/field-message.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint } from '../../lib/api.js';
import { fieldId, useFormErrors } from '../../lib/form-errors.js';
import { useLanguage } from '../../lib/i18n/i18n.js';
import { useT } from '../../lib/i18n/pages.js';
import { meQueryKey, useMe } from '../../lib/session.js';

const FORM = 'partnership-languages';
const FIELDS = ['languages'] as const;
/** The languages a partnership may stop offering: every one but English, which everything falls back to. */
const CHOOSABLE = LANGUAGES.filter((language) => language.code !== SOURCE_LANGUAGE);

type Translate = ReturnType<typeof useT>;

/** A language's name in the reader's language ("Welsh" for an English reader, "Cymraeg" for a Welsh one). */
function nameIn(t: Translate, code: LanguageCode): string {
  switch (code) {
    case 'en':
      return t('admin.languages.english');
    case 'cy':
      return t('admin.languages.welsh');
    case 'ur':
      return t('admin.languages.urdu');
  }
}

/**
 * A partnership admin chooses which languages the partnership offers: its members see only those in
 * the language switch, and hear from Cairn in them. English is always offered. In the message
 * catalogue, so a Welsh or Urdu admin reads it in their language.
 */
export function LanguagesPage() {
  const t = useT();
  const reading = useLanguage();
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useFormErrors(FIELDS, 'languages');
  // What was saved, said in the language on screen (also after the admin switches language).
  const [saved, setSaved] = useState<{ languages: LanguageCode[] } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) statusRef.current?.focus();
  }, [saved]);
  const offered = me.data?.partnership?.languages ?? [SOURCE_LANGUAGE];

  const save = useMutation({
    mutationFn: (languages: LanguageCode[]) =>
      callEndpoint(partnershipLanguageEndpoints.set, { body: { languages } }),
    onSuccess: async (answer) => {
      form.clear();
      // The switch at the top of the page, and every member's, follows the new choice.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      setSaved({ languages: answer.languages });
    },
    onError: (error) => {
      setSaved(null);
      form.fromProblem(error);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).getAll('languages').map(String);
    save.mutate(
      LANGUAGES.map((language) => language.code).filter(
        (code) => code === SOURCE_LANGUAGE || chosen.includes(code),
      ),
    );
  };

  const savedList = saved
    ? new Intl.ListFormat(languageOf(reading).tag, { type: 'unit', style: 'short' }).format(
        saved.languages.map((code) => nameIn(t, code)),
      )
    : null;
  const id = fieldId(FORM, 'languages');
  const error = form.errorFor('languages');
  return (
    <div className="narrow">
      <PageHeading hasErrors={form.errors.length > 0}>{t('admin.languages.title')}</PageHeading>
      <p className="lead">{t('admin.languages.lead')}</p>
      <p>{t('admin.languages.stopping')}</p>
      <div ref={statusRef} tabIndex={-1}>
        <StatusMessage>
          {savedList
            ? t('admin.languages.saved', { count: saved?.languages.length ?? 0, languages: savedList })
            : null}
        </StatusMessage>
      </div>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        <fieldset
          id={id}
          className="field"
          data-invalid={error ? '' : undefined}
          aria-describedby={fieldDescribedBy(id, true, error)}
        >
          <legend className="field__label">{t('admin.languages.legend')}</legend>
          <FieldHintAndError id={id} hint={t('admin.languages.hint')} error={error} />
          {CHOOSABLE.map((language) => {
            const optionId = `${id}-${language.code}`;
            return (
              <label key={language.code} className="checkbox" htmlFor={optionId}>
                <input
                  id={optionId}
                  type="checkbox"
                  name="languages"
                  value={language.code}
                  defaultChecked={offered.includes(language.code)}
                />
                <span>
                  {nameIn(t, language.code)}
                  {/* Named in itself too, as its speakers would look for it, unless the page is in it. */}
                  {language.code === reading ? null : (
                    <>
                      {' '}
                      <bdi lang={language.tag}>({language.name})</bdi>
                    </>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
        <Button type="submit" isPending={save.isPending} pendingLabel={t('admin.languages.saving')}>
          {t('admin.languages.save')}
        </Button>
      </form>
    </div>
  );
}
