import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { PageHeading } from '../../components/page-heading.js';
import { joinAnswer } from '../../../contracts/cafes.join-answer.js';
import { apiRequest } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { useT } from '../../lib/i18n/join-page.js';
import { NativeField } from '../../components/native-field.js';
import { keepPageOffline } from '../../lib/offline-pages.js';
import { keepParticipant } from './phone-participant.js';
import './cafes.css';

const FORM = 'join-cafe';
const FIELDS = ['code', 'displayName', 'contact', 'postcodeDistrict', 'community'] as const;
/** The join code's shape, checked here by hand so this page needs no validation library. */
const CODE = /^[A-HJKMNP-Z2-9]{6}$/;
/** The first part of a postcode, as PostcodeDistrictSchema (contracts/common.ts) checks it on the server. */
const POSTCODE_DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;

type JoinBody = {
  code: string;
  displayName: string;
  contact?: string;
  tableNumber?: number;
  postcodeDistrict?: string;
  community?: string;
};

function normaliseCode(value: string): string {
  return value.trim().toUpperCase().replace(/[\s-]/g, '');
}

/**
 * Public: join a café by its code, with no account. The code may come in the link (`/join/KT49RB`).
 * In the message catalogue: read in the language chosen, and the server answers in it too.
 */
export function JoinPage() {
  const t = useT();
  const { code: codeParam } = useParams();
  // A table card's QR code names its table, so people scanning it sit where they are.
  const [search] = useSearchParams();
  const table = Number(search.get('table'));
  const tableNumber = Number.isInteger(table) && table > 0 ? table : undefined;
  const navigate = useNavigate();
  const form = useFormErrors(FIELDS, 'code');
  const [leaving, setLeaving] = useState(false);
  // Opened once, the join page opens again with no connection (the café's board does too, once joined).
  useEffect(() => keepPageOffline('/join'), []);

  const join = useMutation({
    mutationFn: (body: JoinBody) => apiRequest('/api/cafes/join', joinAnswer, { method: 'POST', body }),
    onSuccess: (joined) => {
      // A board kept on this phone for someone who joined before is never shown to this person.
      keepParticipant(joined.cafeId, joined.participantId);
      setLeaving(true);
      void navigate(`/cafes/${joined.cafeId}/board`);
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const code = normaliseCode(values.code ?? '');
    const displayName = (values.displayName ?? '').trim();
    const contact = (values.contact ?? '').trim();
    const postcodeDistrict = (values.postcodeDistrict ?? '').trim().toUpperCase();
    const community = (values.community ?? '').trim();
    const errors: { field: (typeof FIELDS)[number]; message: string }[] = [];
    if (!CODE.test(code))
      errors.push({
        field: 'code',
        message: code === '' ? t('cafes.join.codeMissing') : t('contracts.joinCode'),
      });
    if (postcodeDistrict && !POSTCODE_DISTRICT.test(postcodeDistrict)) {
      errors.push({ field: 'postcodeDistrict', message: t('contracts.postcodeDistrict') });
    }
    if (errors.length > 0) {
      form.setErrors(errors);
      return;
    }
    form.clear();
    join.mutate({
      code,
      displayName,
      ...(contact ? { contact } : {}),
      ...(tableNumber ? { tableNumber } : {}),
      ...(postcodeDistrict ? { postcodeDistrict } : {}),
      ...(community ? { community } : {}),
    });
  };

  return (
    <div className="narrow cafe-join">
      <PageHeading hasErrors={form.errors.length > 0}>{t('cafes.join.title')}</PageHeading>
      <p className="lead">{t('cafes.join.lead')}</p>
      <p className="callout">{t('cafes.join.asYourself')}</p>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        <NativeField
          id={fieldId(FORM, 'code')}
          name="code"
          label={t('cafes.join.code')}
          hint={t('cafes.join.codeHint')}
          error={form.errorFor('code')}
          defaultValue={codeParam ?? ''}
          autoComplete="off"
          inputClassName="cafe-join__code"
          dir="ltr"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
        />
        <NativeField
          id={fieldId(FORM, 'displayName')}
          name="displayName"
          label={t('cafes.join.name')}
          hint={t('cafes.join.nameHint')}
          error={form.errorFor('displayName')}
          autoComplete="nickname"
          maxLength={40}
          dir="auto"
        />
        <NativeField
          id={fieldId(FORM, 'contact')}
          name="contact"
          label={t('cafes.join.contact')}
          hint={t('cafes.join.contactHint')}
          error={form.errorFor('contact')}
          autoComplete="email"
          spellCheck={false}
          maxLength={120}
          dir="ltr"
        />
        <NativeField
          id={fieldId(FORM, 'postcodeDistrict')}
          name="postcodeDistrict"
          label={t('cafes.join.area')}
          hint={t('cafes.join.areaHint')}
          error={form.errorFor('postcodeDistrict')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={8}
          width="short"
          dir="ltr"
        />
        <NativeField
          id={fieldId(FORM, 'community')}
          name="community"
          label={t('cafes.join.community')}
          hint={t('cafes.join.communityHint')}
          error={form.errorFor('community')}
          autoComplete="off"
          maxLength={120}
          dir="auto"
        />
        {tableNumber ? <p>{t('cafes.join.atTable', { table: tableNumber })}</p> : null}
        <Button type="submit" isPending={join.isPending || leaving} pendingLabel={t('cafes.join.submitting')}>
          {t('cafes.join.submit')}
        </Button>
      </form>
      <p>
        <Link to="/sign-in?next=%2Fcafes">{t('cafes.join.facilitatorPrompt')}</Link>
      </p>
    </div>
  );
}
