import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { publicCoproductionEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isMissing } from '../../lib/api.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import './coproduction.css';

const s = coproductionStrings.unsubscribe;

/** Public, from a priority's email sent before news was gathered: one button to stop that priority's updates. */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const stop = useMutation({
    mutationFn: () => callEndpoint(publicCoproductionEndpoints.unsubscribeByToken, { params: { token } }),
  });
  // A link that is too short or too long is answered 400: to the reader it is the same unknown link.
  const unknown = isMissing(stop.error);
  const finished = stop.isSuccess || unknown;
  useEffect(() => {
    if (finished) resultRef.current?.focus();
  }, [finished]);

  return (
    <div className="narrow">
      <PageHeading>{s.title}</PageHeading>
      {stop.isSuccess ? (
        <section className="callout cop-callout--success" aria-labelledby="unsubscribe-done">
          <h2 id="unsubscribe-done" ref={resultRef} tabIndex={-1} className="callout__title">
            {s.doneTitle}
          </h2>
          <p>{s.doneBody}</p>
        </section>
      ) : unknown ? (
        <section className="callout" aria-labelledby="unsubscribe-unknown">
          <h2 id="unsubscribe-unknown" ref={resultRef} tabIndex={-1} className="callout__title">
            {s.unknownTitle}
          </h2>
          <p>{s.unknownBody}</p>
        </section>
      ) : (
        <>
          <p className="lead">{s.lead}</p>
          {stop.isError ? <LoadError error={stop.error} /> : null}
          <Button isPending={stop.isPending} pendingLabel={s.stopping} onPress={() => stop.mutate()}>
            {s.button}
          </Button>
        </>
      )}
    </div>
  );
}
