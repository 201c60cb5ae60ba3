import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { safeguardingEndpoints } from '../../../contracts/stories.endpoints.js';
import {
  RaiseConcernRequestSchema,
  type RaiseConcernRequest,
  type StoryResponse,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { useRegionT } from '../../lib/i18n/pages.js';
import { storyKey } from './story-api.js';

const FORM = 'concern';
const FIELDS = ['note'] as const;
const PANEL = 'concern-panel';

/**
 * A prompt to read a story for risk, and a one-click way to raise a concern about it, in the
 * reader's language: the risk reader will never catch everything. A storyteller is asked whether they are safe, in their own
 * words; a reviewer or reader is asked whether anything worries them.
 */
export function RaiseConcern({ story }: { story: StoryResponse }) {
  const t = useRegionT();
  const own = story.access === 'storyteller';
  // Analysts and partners lose sight of a story once it is held; its curators keep it.
  const keepsReading = own || story.access === 'collector';
  const queryClient = useQueryClient();
  const form = useContractForm({ schema: RaiseConcernRequestSchema, fields: FIELDS });
  const status = useFocusedStatus('stories-status');
  const [open, setOpen] = useState(false);
  const [raised, setRaised] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const focusNote = useRef(false);

  useEffect(() => {
    if (!open || !focusNote.current) return;
    focusNote.current = false;
    const field = document.getElementById(fieldId(FORM, 'note'));
    const box = field?.matches('textarea') ? field : field?.querySelector('textarea');
    box?.focus();
  }, [open]);

  const raise = useMutation({
    mutationFn: (body: RaiseConcernRequest) =>
      callEndpoint(safeguardingEndpoints.raiseConcern, { params: { storyId: story.id }, body }),
    onError: (error) => form.fromProblem(error),
  });

  // A lead is already looking: a storyteller is not asked again, unless they have just asked.
  if (own && story.holdStage === 'being_looked_at' && !raised) return null;

  const onToggle = () => {
    focusNote.current = !open;
    setOpen(!open);
  };
  const onCancel = () => {
    form.clear();
    setOpen(false);
    toggle.current?.focus();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (!body) return;
    raise.mutate(body, {
      onSuccess: () => {
        element.reset();
        setOpen(false);
        setRaised(true);
        status.show(
          t(
            own
              ? 'stories.concern.ownSent'
              : keepsReading
                ? 'stories.concern.sent'
                : 'stories.concern.sentReader',
          ),
        );
        if (keepsReading) {
          void queryClient.invalidateQueries({ queryKey: storyKey(story.id), exact: true });
        }
      },
    });
  };

  const showToggle = !(raised && (!keepsReading || own));
  return (
    <section className="section concern" aria-labelledby="concern-title">
      <h2 id="concern-title">{own ? t('stories.concern.ownTitle') : t('stories.concern.title')}</h2>
      <p>{own ? t('stories.concern.ownPrompt') : t('stories.concern.prompt')}</p>
      {own ? null : <p>{t('stories.concern.lead')}</p>}
      {status.node}
      {showToggle ? (
        <button
          ref={toggle}
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={PANEL}
          onClick={onToggle}
        >
          {own ? t('stories.concern.ownOpen') : t('stories.concern.open')}
        </button>
      ) : null}
      <div id={PANEL} className="concern__panel" hidden={!open}>
        <ErrorSummary formId={FORM} errors={form.errors} headingLevel={3} />
        <form id={FORM} noValidate onSubmit={onSubmit} className="form">
          <TextField
            id={fieldId(FORM, 'note')}
            name="note"
            label={own ? t('stories.concern.ownNote') : t('stories.concern.note')}
            hint={own ? t('stories.concern.ownNoteHint') : t('stories.concern.noteHint')}
            multiline
            autoComplete="off"
            error={form.errorFor('note')}
          />
          <div className="button-group">
            <Button type="submit" isPending={raise.isPending} pendingLabel={t('stories.concern.sending')}>
              {own ? t('stories.concern.ownSend') : t('stories.concern.send')}
            </Button>
            <Button variant="secondary" onPress={onCancel}>
              {t('stories.concern.cancel')}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
}
