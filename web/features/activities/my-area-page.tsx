import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { outreachEndpoints } from '../../../contracts/activities.endpoints.js';
import { callEndpoint } from '../../lib/api.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys } from './activities-api.js';
import { OrganisationPage, useOrganisationPage } from './shared.js';
import { usePageForm } from '../../lib/contract-form.js';
import './activities.css';

const s = activitiesStrings.myArea;
const FORM = 'my-area';
const FIELDS = ['postcodeDistrict', 'community'] as const;

function AreaForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const [done, setDone] = useState('');
  const [version, setVersion] = useState(0);
  const form = usePageForm(FIELDS, 'postcodeDistrict', onErrors);
  const profile = useQuery({
    queryKey: keys.myOutreach(organisationId),
    queryFn: () => callEndpoint(outreachEndpoints.myProfile, { params: { organisationId } }),
  });
  const save = useMutation({
    mutationFn: (body: { postcodeDistrict: string | null; community: string | null }) =>
      callEndpoint(outreachEndpoints.setMyProfile, { params: { organisationId }, body }),
    onSuccess: (next) => {
      client.setQueryData(keys.myOutreach(organisationId), next);
      form.succeeded();
      setDone(s.saved);
    },
    onError: form.failed,
  });
  const remove = useMutation({
    mutationFn: () => callEndpoint(outreachEndpoints.removeMyProfile, { params: { organisationId } }),
    onSuccess: () => {
      client.setQueryData(keys.myOutreach(organisationId), { postcodeDistrict: null, community: null });
      form.clear();
      form.succeeded();
      setVersion((v) => v + 1);
      setDone(s.removed);
    },
    onError: (error) => form.fromProblem(error),
  });
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <LoadError error={profile.error} onRetry={() => void profile.refetch()} />;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const postcode = (values.postcodeDistrict ?? '').trim();
    const community = (values.community ?? '').trim();
    setDone('');
    form.clear();
    save.mutate({ postcodeDistrict: postcode || null, community: community || null });
  };
  const given = profile.data.postcodeDistrict !== null || profile.data.community !== null;
  return (
    <>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form key={version} id={FORM} noValidate onSubmit={onSubmit} className="form narrow">
        <NativeField
          id={fieldId(FORM, 'postcodeDistrict')}
          name="postcodeDistrict"
          label={`${s.postcode} ${activitiesStrings.common.optional}`}
          hint={s.postcodeHint}
          error={form.errorFor('postcodeDistrict')}
          defaultValue={profile.data.postcodeDistrict ?? ''}
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={4}
          width="short"
        />
        <NativeField
          id={fieldId(FORM, 'community')}
          name="community"
          label={`${s.community} ${activitiesStrings.common.optional}`}
          hint={s.communityHint}
          error={form.errorFor('community')}
          defaultValue={profile.data.community ?? ''}
          maxLength={120}
        />
        <div className="button-group">
          <Button type="submit" isPending={save.isPending} pendingLabel={s.saving}>
            {s.save}
          </Button>
          {given ? (
            <Button
              variant="secondary"
              onPress={() => remove.mutate()}
              isPending={remove.isPending}
              pendingLabel={s.removing}
            >
              {s.remove}
            </Button>
          ) : null}
        </div>
      </form>
      {given ? null : <p className="secondary-text">{s.nothingSaved}</p>}
      <StatusMessage>{done || null}</StatusMessage>
    </>
  );
}

/** A member gives, changes or removes the first part of their postcode and a community: all optional. */
export function MyAreaPage() {
  const page = useOrganisationPage();
  return (
    <OrganisationPage page={page} title={s.title} lead={s.lead} pickerId="area-organisation">
      {(current) => <AreaForm key={current.id} organisationId={current.id} onErrors={page.setHasErrors} />}
    </OrganisationPage>
  );
}
