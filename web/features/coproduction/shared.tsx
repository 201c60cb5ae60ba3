import type { MeResponse } from '../../../contracts/people.js';
import { useT } from '../../lib/i18n/public-pages.js';
import { useOrganisations } from '../../lib/queries.js';

/** A labelled progress bar with the percentage in words beside it. */
export function Progress({ id, value }: { id: string; value: number }) {
  const t = useT();
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <div className="cop-progress">
      <label htmlFor={id} className="cop-progress__label">
        {t('youSaidWeDid.progress', { percent: clamped })}
      </label>
      <progress id={id} className="cop-progress__bar" max={100} value={clamped}>
        {`${clamped}%`}
      </progress>
    </div>
  );
}

/**
 * The partnership's organisations, for choosing who owns a commitment or an action. Until the list
 * arrives (or if it cannot be read), the person's own organisations.
 */
export function usePartnershipOrganisations(me: MeResponse | null | undefined) {
  const query = useOrganisations({ enabled: Boolean(me?.partnership) });
  const fromMemberships = [
    ...new Map((me?.memberships ?? []).map((m) => [m.organisationId, m.organisationName])),
  ].map(([id, name]) => ({ id, name }));
  return query.data?.organisations ?? fromMemberships;
}
