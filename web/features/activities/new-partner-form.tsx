import { partnerEndpoints } from '../../../contracts/activities.endpoints.js';
import { CreatePartnerRequestSchema, PARTNER_KINDS } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { callEndpoint } from '../../lib/api.js';
import { fieldId } from '../../lib/form-errors.js';
import { communityStrings } from '../../lib/strings/community.js';
import { keys } from './activities-api.js';
import { AddFormSection, useAddForm } from './add-form-section.js';

const s = communityStrings.partners;
const optional = communityStrings.common.optional;
const NEW_FORM = 'new-partner';
const NEW_FIELDS = ['name', 'kind', 'offers', 'contact', 'website'] as const;

/** For coordinators: add a partner to the directory. */
export function NewPartnerForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const { form, onSubmit, isPending, status } = useAddForm({
    send: (body) => callEndpoint(partnerEndpoints.create, { body }),
    refresh: keys.partners(organisationId),
    saved: (partner) => s.partnerAdded(partner.name),
    schema: CreatePartnerRequestSchema,
    fields: NEW_FIELDS,
    onErrors,
    toRequest: (values) => ({
      organisationId,
      name: values.name ?? '',
      kind: values.kind ?? 'other',
      offers: values.offers ?? '',
      contact: values.contact ?? '',
      website: (values.website ?? '').trim() || null,
    }),
  });
  return (
    <AddFormSection
      formId={NEW_FORM}
      title={s.newTitle}
      lead={s.newLead}
      errors={form.errors}
      onSubmit={onSubmit}
      after={status}
    >
      <NativeField
        id={fieldId(NEW_FORM, 'name')}
        name="name"
        label={s.fieldName}
        error={form.errorFor('name')}
        maxLength={200}
      />
      <SelectField
        id={fieldId(NEW_FORM, 'kind')}
        name="kind"
        label={s.fieldKind}
        error={form.errorFor('kind')}
        options={PARTNER_KINDS.map((k) => ({ value: k, label: s.kinds[k] }))}
        defaultValue="local_organisation"
      />
      <NativeField
        id={fieldId(NEW_FORM, 'offers')}
        name="offers"
        label={s.fieldOffers}
        hint={s.fieldOffersHint}
        error={form.errorFor('offers')}
        maxLength={4000}
        multiline
      />
      <NativeField
        id={fieldId(NEW_FORM, 'contact')}
        name="contact"
        label={`${s.fieldContact} ${optional}`}
        hint={s.fieldContactHint}
        error={form.errorFor('contact')}
        maxLength={500}
      />
      <NativeField
        id={fieldId(NEW_FORM, 'website')}
        name="website"
        type="url"
        label={`${s.fieldWebsite} ${optional}`}
        hint={s.fieldWebsiteHint}
        error={form.errorFor('website')}
        spellCheck={false}
        autoCapitalize="none"
      />
      <Button type="submit" isPending={isPending} pendingLabel={s.addingPartner}>
        {s.addPartner}
      </Button>
    </AddFormSection>
  );
}
