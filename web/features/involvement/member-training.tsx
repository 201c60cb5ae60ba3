import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Member } from '../../../contracts/people.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { SelectField } from '../../components/select-field.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { api, keys } from './involvement-api.js';
import { TrainingForm } from './training-form.js';
import { TrainingList } from './training-list.js';

const l = involvementStrings.log;

/** For coordinators: a member's training, chosen from the organisation's members, kept here. */
export function MemberTraining({ members }: { members: readonly Member[] }) {
  const client = useQueryClient();
  const [personId, setPersonId] = useState('');
  const status = useFocusedStatus('inv-status');
  const member = members.find((m) => m.personId === personId);
  const training = useQuery({
    queryKey: keys.training(personId),
    queryFn: () => api.fetchTraining(personId),
    enabled: personId !== '',
  });
  return (
    <section className="section" aria-labelledby="member-training-title">
      <h2 id="member-training-title">{l.trainingTitle}</h2>
      <p>{l.trainingLead}</p>
      <SelectField
        id="member-training-person"
        name="trainingPerson"
        label={l.trainingMember}
        placeholder={l.choosePerson}
        options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
        value={personId}
        onChange={setPersonId}
      />
      {member ? (
        <>
          <h3>{l.trainingFor(member.displayName)}</h3>
          {training.isPending ? (
            <Loading />
          ) : training.isError ? (
            <LoadError error={training.error} onRetry={() => void training.refetch()} />
          ) : (
            <TrainingList
              training={training.data.training}
              manage={{ queryKey: keys.training(member.personId), onRemoved: status.show }}
            />
          )}
          {status.node}
          <TrainingForm
            key={member.personId}
            formId="member-training"
            heading={involvementStrings.training.newTitleTheirs(member.displayName)}
            personId={member.personId}
            onSaved={(record) => {
              void client.invalidateQueries({ queryKey: keys.training(member.personId) });
              status.show(involvementStrings.training.saved(record.title));
            }}
          />
        </>
      ) : null}
    </section>
  );
}
