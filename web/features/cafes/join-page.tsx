import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { PageHeading } from '../../components/page-heading.js';
import { apiRequest } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { schemas } from './cafe-api.js';
import { NativeField } from '../../components/native-field.js';
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

/** Public: join a café by its code, with no account. The code may come in the link (`/join/KT49RB`). */
export function JoinPage() {
  const s = cafesStrings.join;
  const { code: codeParam } = useParams();
  // A table card's QR code names its table, so people scanning it sit where they are.
  const [search] = useSearchParams();
  const table = Number(search.get('table'));
  const tableNumber = Number.isInteger(table) && table > 0 ? table : undefined;
  const navigate = useNavigate();
  const form = useFormErrors(FIELDS, 'code');
  const [leaving, setLeaving] = useState(false);

  const join = useMutation({
    mutationFn: (body: JoinBody) => apiRequest('/api/cafes/join', schemas.join, { method: 'POST', body }),
    onSuccess: (joined) => {
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
      errors.push({ field: 'code', message: code === '' ? s.codeMissing : s.codeInvalid });
    if (postcodeDistrict && !POSTCODE_DISTRICT.test(postcodeDistrict)) {
      errors.push({ field: 'postcodeDistrict', message: s.areaInvalid });
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
      <PageHeading hasErrors={form.errors.length > 0}>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      <p className="callout">{s.asYourself}</p>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        <NativeField
          id={fieldId(FORM, 'code')}
          name="code"
          label={s.code}
          hint={s.codeHint}
          error={form.errorFor('code')}
          defaultValue={codeParam ?? ''}
          autoComplete="off"
          inputClassName="cafe-join__code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
        />
        <NativeField
          id={fieldId(FORM, 'displayName')}
          name="displayName"
          label={s.name}
          hint={s.nameHint}
          error={form.errorFor('displayName')}
          autoComplete="nickname"
          maxLength={40}
        />
        <NativeField
          id={fieldId(FORM, 'contact')}
          name="contact"
          label={s.contact}
          hint={s.contactHint}
          error={form.errorFor('contact')}
          autoComplete="email"
          spellCheck={false}
          maxLength={120}
        />
        <NativeField
          id={fieldId(FORM, 'postcodeDistrict')}
          name="postcodeDistrict"
          label={s.area}
          hint={s.areaHint}
          error={form.errorFor('postcodeDistrict')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={8}
          width="short"
        />
        <NativeField
          id={fieldId(FORM, 'community')}
          name="community"
          label={s.community}
          hint={s.communityHint}
          error={form.errorFor('community')}
          autoComplete="off"
          maxLength={120}
        />
        {tableNumber ? <p>{s.atTable(tableNumber)}</p> : null}
        <Button type="submit" isPending={join.isPending || leaving} pendingLabel={s.submitting}>
          {s.submit}
        </Button>
      </form>
      <p>
        <Link to="/sign-in?next=%2Fcafes">{s.facilitatorPrompt}</Link>
      </p>
    </div>
  );
}
