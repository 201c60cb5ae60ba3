import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import {
  ConsentMethodSchema,
  type ConsentEventRequest,
  type StoryResponse,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { RadioGroup } from '../../components/radio-group.js';
import { callEndpoint } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { useConsentVoice } from './consent-api.js';
import { myStoriesKey, storyKey } from './story-api.js';

const r = storiesStrings.consentRoom;
const FORM = 'withdraw';

/**
 * Withdrawing takes a story out of everywhere at once. The storyteller does it themselves; a peer
 * supporter does it when they ask, and says how they asked.
 */
export function WithdrawSection({ story }: { story: StoryResponse }) {
  const queryClient = useQueryClient();
  const v = useConsentVoice(story);
  const collector = story.access === 'collector';
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const form = useFormErrors(['method'], 'method');
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const withdraw = useMutation({
    mutationFn: (body: ConsentEventRequest) =>
      callEndpoint(consentEndpoints.record, { params: { storyId: story.id }, body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(storyKey(story.id), updated);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      setConfirming(false);
      setDone(true);
    },
    onError: (error) => form.fromProblem(error),
  });
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const method = ConsentMethodSchema.safeParse(
      collector ? readForm(event.currentTarget).method : 'digital',
    );
    if (!method.success) {
      form.setErrors([{ field: 'method', message: r.chooseWithdrawMethod }]);
      return;
    }
    form.clear();
    withdraw.mutate({ action: 'withdraw', method: method.data });
  };

  if (done || story.status === 'withdrawn') {
    return (
      <section className="section withdraw" aria-labelledby="withdraw-title">
        <h2 id="withdraw-title">{v.withdrawTitle}</h2>
        <div className="banner banner--success" ref={doneRef} tabIndex={-1} role="status">
          <p className="banner__text">{done ? v.withdrawn : v.withdrawnAlready}</p>
        </div>
      </section>
    );
  }
  return (
    <section className="section withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{v.withdrawTitle}</h2>
      <p>{v.withdrawLead}</p>
      <ErrorSummary formId={FORM} errors={form.errors} headingLevel={3} />
      {confirming ? (
        <form id={FORM} noValidate onSubmit={onSubmit} className="confirm">
          <p className="confirm__text" ref={confirmRef} tabIndex={-1}>
            {v.withdrawConfirm}
          </p>
          {collector ? (
            <RadioGroup
              id={fieldId(FORM, 'method')}
              name="method"
              label={r.withdrawMethod}
              options={ConsentMethodSchema.options.map((value) => ({
                value,
                label: r.withdrawMethods[value],
              }))}
              error={form.errorFor('method')}
            />
          ) : null}
          <div className="button-group">
            <Button
              type="submit"
              variant="warning"
              isPending={withdraw.isPending}
              pendingLabel={v.withdrawing}
            >
              {v.withdrawYes}
            </Button>
            <Button
              variant="secondary"
              onPress={() => {
                form.clear();
                setConfirming(false);
              }}
            >
              {v.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="warning" onPress={() => setConfirming(true)}>
          {v.withdraw}
        </Button>
      )}
    </section>
  );
}
