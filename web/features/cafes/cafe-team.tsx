import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CAFE_ROLES, type Board, type CafeRole } from '../../../contracts/cafes.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { StatusMessage } from '../../components/status-message.js';
import { cafePlanningEndpoints, cafeSignUpEndpoints } from '../../../contracts/cafes.endpoints.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { strings } from '../../lib/strings.js';
import { boardKey } from './cafe-api.js';
import { TableScroll } from '../../components/table-scroll.js';

const s = cafesStrings.team;
const u = cafesStrings.signUps;
const FORM = 'cafe-team';

type Row = CafeRole & { key: number };

/** Names the café team: lead host, table hosts, seed storytellers and timekeeper. Saved whole. */
export function CafeTeam({ cafe }: { cafe: Board['cafe'] }) {
  const client = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => cafe.roles.map((r, i) => ({ ...r, key: i })));
  const [nextKey, setNextKey] = useState(cafe.roles.length);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const save = useMutation({
    mutationFn: (roles: CafeRole[]) =>
      callEndpoint(cafePlanningEndpoints.setRoles, { params: { cafeId: cafe.id }, body: { roles } }),
    onSuccess: () => {
      setError('');
      setDone(s.saved);
      void client.invalidateQueries({ queryKey: boardKey(cafe.id) });
    },
    onError: (problem) => setError(errorText(problem)),
  });
  const update = (key: number, change: Partial<CafeRole>) =>
    setRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    const blank = rows.findIndex((row) => row.name.trim() === '');
    if (blank >= 0) {
      setError(s.nameMissing);
      document.getElementById(`${FORM}-name-${rows[blank]?.key ?? 0}`)?.focus();
      return;
    }
    save.mutate(rows.map(({ role, name, tableNumber }) => ({ role, name: name.trim(), tableNumber })));
  };
  return (
    <section className="section" aria-labelledby="team-title">
      <h2 id="team-title">{s.title}</h2>
      <p>{s.lead}</p>
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        {rows.length === 0 ? <p>{s.none}</p> : null}
        {error ? (
          <p className="callout callout--error" role="alert">
            {error}
          </p>
        ) : null}
        {rows.map((row, index) => (
          <div key={row.key} className="cafe-team__row">
            <div className="field">
              <label className="field__label" htmlFor={`${FORM}-role-${row.key}`}>
                {s.role(index + 1)}
              </label>
              <select
                id={`${FORM}-role-${row.key}`}
                className="field__input"
                value={row.role}
                onChange={(event) => {
                  const role = CAFE_ROLES.find((r) => r === event.target.value) ?? 'lead_host';
                  update(row.key, {
                    role,
                    tableNumber: role === 'table_host' ? (row.tableNumber ?? 1) : null,
                  });
                }}
              >
                {CAFE_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {cafesStrings.roles[role]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${FORM}-name-${row.key}`}>
                {s.name(index + 1)}
              </label>
              <input
                id={`${FORM}-name-${row.key}`}
                className="field__input"
                value={row.name}
                maxLength={80}
                autoComplete="off"
                onChange={(event) => update(row.key, { name: event.target.value })}
              />
            </div>
            {row.role === 'table_host' ? (
              <div className="field">
                <label className="field__label" htmlFor={`${FORM}-table-${row.key}`}>
                  {s.table(index + 1)}
                </label>
                <select
                  id={`${FORM}-table-${row.key}`}
                  className="field__input"
                  value={row.tableNumber ?? 1}
                  onChange={(event) => update(row.key, { tableNumber: Number(event.target.value) })}
                >
                  {cafe.tables.map((t) => (
                    <option key={t.id} value={t.number}>
                      {s.tableOption(t.number)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <Button variant="secondary" onPress={() => setRows(rows.filter((r) => r.key !== row.key))}>
              {s.remove(index + 1)}
            </Button>
          </div>
        ))}
        <div className="cafe-controls">
          <Button
            variant="secondary"
            onPress={() => {
              setRows([...rows, { key: nextKey, role: 'table_host', name: '', tableNumber: 1 }]);
              setNextKey(nextKey + 1);
            }}
          >
            {s.add}
          </Button>
          <Button type="submit" isPending={save.isPending} pendingLabel={strings.common.saving}>
            {s.save}
          </Button>
        </div>
        <p className="field__hint">{s.onCards}</p>
      </form>
      <StatusMessage>{done || null}</StatusMessage>
    </section>
  );
}

/** The public sign-up link, and the list of who has signed up with their access needs (audited). */
export function CafeSignUps({ cafe }: { cafe: Board['cafe'] }) {
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['cafes', cafe.id, 'sign-ups'],
    queryFn: () => callEndpoint(cafeSignUpEndpoints.listSignUps, { params: { cafeId: cafe.id } }),
    enabled: open,
  });
  const path = `/cafes/${cafe.id}/sign-up`;
  return (
    <section className="section" aria-labelledby="sign-ups-title">
      <h2 id="sign-ups-title">{u.title}</h2>
      {cafe.signUpOpen ? (
        <p>
          {u.publicLink}: <Link to={path}>{`${location.origin}${path}`}</Link>
        </p>
      ) : (
        <p>{u.closed}</p>
      )}
      <p>{u.count(cafe.signUps, cafe.capacity)}</p>
      {!open ? (
        <>
          <p className="field__hint">{u.showHint}</p>
          <Button variant="secondary" onPress={() => setOpen(true)}>
            {u.show}
          </Button>
        </>
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data && list.data.signUps.length === 0 ? (
        <p>{u.none}</p>
      ) : list.data ? (
        <TableScroll labelledBy="sign-ups-caption">
          <table>
            <caption id="sign-ups-caption">{u.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{u.name}</th>
                <th scope="col">{u.contact}</th>
                <th scope="col">{u.accessNeeds}</th>
                <th scope="col">{u.signedUp}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.signUps.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.name}</th>
                  <td>{person.contact}</td>
                  <td>{person.accessNeeds}</td>
                  <td>{formatDateTime(person.signedUpAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
