import { useRef, useState } from 'react';
import type { MembersResponse, Role } from '../../../contracts/people.js';
import { StatusMessage } from '../../components/status-message.js';
import { formatDate } from '../../lib/format.js';
import { strings } from '../../lib/strings.js';
import { MemberRow } from './member-row.js';

/** An organisation's members, by name, and the invitations not yet accepted. */
export function MembersList({
  data,
  meId,
  roles,
}: {
  data: MembersResponse;
  meId: string | undefined;
  roles: readonly Role[];
}) {
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onRemoved = (text: string) => {
    setMessage(text);
    // The row that had focus is gone: continue from the list's heading.
    headingRef.current?.focus();
  };
  const members = [...data.members].sort((a, b) =>
    a.displayName.localeCompare(b.displayName, strings.locale),
  );
  return (
    <>
      <StatusMessage>{message}</StatusMessage>
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title" ref={headingRef} tabIndex={-1}>
          {strings.members.listTitle}{' '}
          <span className="secondary-text">({strings.members.count(members.length)})</span>
        </h2>
        <ul className="plain-list member-list">
          {members.map((member) => (
            <MemberRow
              key={member.membershipId}
              member={member}
              organisationId={data.organisation.id}
              organisationName={data.organisation.name}
              isYou={member.personId === meId}
              roles={roles}
              onRemoved={onRemoved}
            />
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="pending-title">
        <h2 id="pending-title">{strings.members.pendingTitle}</h2>
        {data.invitations.length === 0 ? (
          <p>{strings.members.pendingNone}</p>
        ) : (
          <ul className="plain-list record-list">
            {data.invitations.map((invitation) => (
              <li key={invitation.id} className="record">
                <p className="record__title member__email">{invitation.email}</p>
                <p>
                  {strings.members.pendingItem(
                    strings.roles[invitation.role],
                    formatDate(invitation.invitedAt),
                  )}
                </p>
                <p className="secondary-text">
                  {strings.members.pendingExpires(formatDate(invitation.expiresAt))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
