import { type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { LANGUAGES, SOURCE_LANGUAGE, isLanguageCode } from '../../../contracts/languages.js';
import { CHANNELS, ChannelSchema, CreateStoryRequestSchema } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextField } from '../../components/text-field.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { useMe } from '../../lib/session.js';
import './stories.css';
import { useT } from '../../lib/i18n/pages.js';
import { useStartStory } from './start-story.js';

const FORM = 'new-story';
const FIELDS = [
  'organisationId',
  'channel',
  'storytellerNames',
  'storytellerContact',
  'storytellerLanguage',
  'title',
] as const;

export function NewStoryPage() {
  const t = useT();
  const me = useMe();
  const [params] = useSearchParams();
  const channelParam = ChannelSchema.safeParse(params.get('channel'));
  // A peer supporter opens this page with a channel to record someone else's story.
  const recording = params.has('channel');
  const organisations = [
    ...new Map((me.data?.memberships ?? []).map((m) => [m.organisationId, m.organisationName])),
  ].map(([id, name]) => ({ id, name }));
  const form = useContractForm({
    schema: CreateStoryRequestSchema,
    fields: FIELDS,
    fallbackField: 'title',
    emptyMessages: { channel: t('stories.new.chooseChannel') },
    toRequest: (values) => ({
      organisationId: values.organisationId ?? organisations[0]?.id ?? '',
      channel: recording ? values.channel : 'written',
      title: values.title ?? '',
      storytellerNames: (values.storytellerNames ?? '')
        .split('\n')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
      ...(recording ? { storytellerContact: values.storytellerContact ?? '' } : {}),
      ...(recording && isLanguageCode(values.storytellerLanguage)
        ? { storytellerLanguage: values.storytellerLanguage }
        : {}),
    }),
  });
  const create = useStartStory((error) => form.fromProblem(error));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) create.start(body);
  };

  const title = recording ? t('stories.new.recordTitle') : t('stories.new.title');
  // Asked only where the partnership offers more than English.
  const languages = LANGUAGES.filter((language) => me.data?.partnership?.languages.includes(language.code));
  if (me.isPending) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Loading />
      </>
    );
  }
  if (me.isError || !me.data) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      </>
    );
  }
  if (organisations.length === 0) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p className="callout">{t('stories.new.noOrganisation')}</p>
      </>
    );
  }

  return (
    <div className="narrow">
      <PageHeading hasErrors={form.errors.length > 0}>{title}</PageHeading>
      <p className="lead">{recording ? t('stories.new.recordLead') : t('stories.new.lead')}</p>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        {organisations.length > 1 ? (
          <RadioGroup
            id={fieldId(FORM, 'organisationId')}
            name="organisationId"
            label={t('stories.new.organisation')}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={organisations[0]?.id ?? ''}
            error={form.errorFor('organisationId')}
          />
        ) : (
          <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ''} />
        )}
        {recording ? (
          <>
            <RadioGroup
              id={fieldId(FORM, 'channel')}
              name="channel"
              label={t('stories.new.channel')}
              options={CHANNELS.filter((c) => c !== 'written').map((c) => ({
                value: c,
                label: t('stories.channel', { channel: c }),
                hint: t('stories.new.channelHint', { channel: c }),
              }))}
              defaultValue={
                channelParam.success && channelParam.data !== 'written'
                  ? channelParam.data
                  : 'one_to_one_interview'
              }
              error={form.errorFor('channel')}
            />
            <TextField
              id={fieldId(FORM, 'storytellerNames')}
              name="storytellerNames"
              label={t('stories.new.names')}
              hint={t('stories.new.namesHint')}
              multiline
              autoComplete="off"
              error={form.errorFor('storytellerNames')}
            />
            <TextField
              id={fieldId(FORM, 'storytellerContact')}
              name="storytellerContact"
              label={t('stories.new.contact')}
              hint={t('stories.new.contactHint')}
              autoComplete="off"
              spellCheck={false}
              width="medium"
              error={form.errorFor('storytellerContact')}
            />
            {languages.length > 1 ? (
              <RadioGroup
                id={fieldId(FORM, 'storytellerLanguage')}
                name="storytellerLanguage"
                label={t('stories.new.language')}
                hint={t('stories.new.languageHint')}
                options={languages.map((language) => ({
                  value: language.code,
                  label: t('stories.new.languageName', { language: language.code }),
                }))}
                defaultValue={SOURCE_LANGUAGE}
                error={form.errorFor('storytellerLanguage')}
              />
            ) : null}
          </>
        ) : null}
        <TextField
          id={fieldId(FORM, 'title')}
          name="title"
          label={t('stories.edit.storyTitle')}
          hint={t('stories.new.storyTitleHint')}
          autoComplete="off"
          error={form.errorFor('title')}
        />
        <Button type="submit" isPending={create.isPending} pendingLabel={t('memberHome.starting')}>
          {t('stories.new.start')}
        </Button>
      </form>
    </div>
  );
}
