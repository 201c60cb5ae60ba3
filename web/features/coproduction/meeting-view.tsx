import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ACTION_STATUSES, type Group, type Meeting } from '../../../contracts/coproduction.js';
import { groupEndpoints, priorityEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { formatDay } from '../../lib/format.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';
import { TableScroll } from '../../components/table-scroll.js';

const g = coproductionStrings.group;
type Action = Meeting['actions'][number];

function ActionStatus({
  action,
  groupId,
  onDone,
}: {
  action: Action;
  groupId: string;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [value, setValue] = useState<Action['status']>(action.status);
  const id = `action-${action.id}-status`;
  const save = useMutation({
    mutationFn: (status: Action['status']) =>
      callEndpoint(groupEndpoints.updateAction, { params: { actionId: action.id }, body: { status } }),
    onSuccess: (meeting, status) => {
      client.setQueryData(keys.group(groupId), (old: Group | undefined) =>
        old ? { ...old, meetings: old.meetings.map((m) => (m.id === meeting.id ? meeting : m)) } : old,
      );
      onDone(g.actionSaved(action.text, coproductionStrings.actionStatuses[status]));
    },
    onError: (error) => onDone(errorText(error)),
  });
  return (
    <div className="cop-inline">
      <label htmlFor={id} className="visually-hidden">
        {g.actionStatus(action.text)}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => setValue(event.currentTarget.value as Action['status'])}
      >
        {ACTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {coproductionStrings.actionStatuses[status]}
          </option>
        ))}
      </select>
      <Button
        variant="secondary"
        isPending={save.isPending}
        pendingLabel={coproductionStrings.common.saving}
        onPress={() => save.mutate(value)}
        aria-describedby={`action-${action.id}-text`}
      >
        {coproductionStrings.common.save}
      </Button>
    </div>
  );
}

/**
 * A coordinator turns a group's decision into a "You said, we did" priority, so what the group
 * asked for is followed through in public. A decision already brought in links to its priority.
 */
function DecisionToPriority({
  decision,
  group,
  meeting,
  onDone,
}: {
  decision: string;
  group: Group;
  meeting: Meeting;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const sourceRef = g.decisionSource(group.name, formatDay(meeting.heldOn));
  const title = decision.length > 200 ? `${decision.slice(0, 199)}…` : decision;
  const priorities = useQuery({ queryKey: keys.priorities, queryFn: api.fetchPriorities });
  const existing = priorities.data?.priorities.find(
    (p) => p.source === 'group' && p.sourceRef === sourceRef && p.title === title,
  );
  const bringIn = useMutation({
    mutationFn: () =>
      callEndpoint(priorityEndpoints.create, {
        body: { organisationId: group.organisationId, source: 'group', sourceRef, title, text: decision },
      }),
    onSuccess: (priority) => {
      void client.invalidateQueries({ queryKey: keys.priorities });
      onDone(coproductionStrings.hub.broughtIn(priority.title));
    },
    onError: (error) => onDone(errorText(error)),
  });
  if (priorities.isPending) return null;
  return existing ? (
    <Link to={`/coproduction/priorities/${existing.id}`} className="cop-decision-link">
      {g.decisionPriority}
    </Link>
  ) : (
    <Button
      variant="link"
      isPending={bringIn.isPending}
      pendingLabel={coproductionStrings.hub.bringing}
      onPress={() => bringIn.mutate()}
      aria-label={g.decisionToPriorityLabel(decision)}
    >
      {g.decisionToPriority}
    </Button>
  );
}

/** One meeting: agenda, who came, minutes, decisions and actions. */
export function MeetingView({
  meeting,
  group,
  ownerName,
  onDone,
}: {
  meeting: Meeting;
  group: Group;
  ownerName: (action: Action) => string;
  onDone: (message: string) => void;
}) {
  const titleId = `meeting-${meeting.id}`;
  const me = useMe();
  const coordinates = coordinatedOrganisations(me.data).some((o) => o.id === group.organisationId);
  return (
    <article className="record" aria-labelledby={titleId}>
      <h3 id={titleId} className="record__title">
        {g.meetingOn(formatDay(meeting.heldOn))}
      </h3>
      <p>
        <strong>{g.attendance(meeting.attendance.length)}</strong>
      </p>
      {meeting.agenda ? (
        <>
          <h4>{g.agenda}</h4>
          <p className="cop-prewrap">{meeting.agenda}</p>
        </>
      ) : null}
      {group.mayManage && meeting.attendance.length > 0 ? (
        <>
          <p className="secondary-text">{meeting.paymentWarning}</p>
          <TableScroll label={g.attendanceTable}>
            <table className="table">
              <caption className="visually-hidden">{g.attendanceTable}</caption>
              <thead>
                <tr>
                  <th scope="col">{g.name}</th>
                  <th scope="col">{g.hours}</th>
                  <th scope="col">{g.expenses}</th>
                  <th scope="col">{g.payment}</th>
                </tr>
              </thead>
              <tbody>
                {meeting.attendance.map((a, index) => (
                  <tr key={a.personId ?? `former-${index}`}>
                    <th scope="row">{a.displayName}</th>
                    <td>{a.hours.toLocaleString('en-GB')}</td>
                    <td>{coproductionStrings.common.pounds(a.expensesPence)}</td>
                    <td>{coproductionStrings.payments[a.paymentChoice]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
      {meeting.minutes ? (
        <>
          <h4>{g.minutes}</h4>
          <p className="cop-prewrap">{meeting.minutes}</p>
        </>
      ) : null}
      {meeting.decisions.length > 0 ? (
        <>
          <h4>{g.decisions}</h4>
          <ul>
            {meeting.decisions.map((decision, index) => (
              <li key={index}>
                {decision}
                {coordinates ? (
                  <>
                    {' '}
                    <DecisionToPriority decision={decision} group={group} meeting={meeting} onDone={onDone} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {meeting.actions.length > 0 ? (
        <>
          <h4>{g.actions}</h4>
          <ul className="plain-list cop-meeting-actions">
            {meeting.actions.map((action) => (
              <li key={action.id}>
                <p id={`action-${action.id}-text`} className="cop-meeting-actions__text">
                  {action.text}
                </p>
                <p className="secondary-text">
                  {[
                    `${coproductionStrings.common.owner}: ${ownerName(action)}`,
                    `${coproductionStrings.common.due}: ${action.dueOn ? formatDay(action.dueOn) : coproductionStrings.common.noDueDate}`,
                    `${coproductionStrings.common.status}: ${coproductionStrings.actionStatuses[action.status]}`,
                  ].join(' · ')}
                </p>
                {group.mayManage ? <ActionStatus action={action} groupId={group.id} onDone={onDone} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
