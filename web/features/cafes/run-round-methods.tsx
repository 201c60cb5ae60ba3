import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { VOTING_METHODS, type Board } from '../../../contracts/cafes.js';
import { cafePlanningEndpoints } from '../../../contracts/cafes.endpoints.js';
import { Button } from '../../components/button.js';
import { SelectField } from '../../components/select-field.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { strings } from '../../lib/strings.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { boardKey } from './cafe-api.js';

const r = cafesStrings.run;
type Round = Board['cafe']['rounds'][number];
type Method = Round['votingMethod'];

function RoundMethod({
  cafeId,
  round,
  current,
  onDone,
}: {
  cafeId: string;
  round: Round;
  current: boolean;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [method, setMethod] = useState<Method>(round.votingMethod);
  const save = useMutation({
    mutationFn: (votingMethod: Method) =>
      callEndpoint(cafePlanningEndpoints.setRoundVoting, {
        params: { cafeId, position: String(round.position) },
        body: { votingMethod },
      }),
    onSuccess: (_cafe, votingMethod) => {
      void client.invalidateQueries({ queryKey: boardKey(cafeId) });
      onDone(r.methodSaved(round.position, cafesStrings.methods[votingMethod]));
    },
    onError: (error) => onDone(errorText(error)),
  });
  const label = `${r.methodLabel(round.position)}${current ? ` ${r.methodNow}` : ''}`;
  if (round.methodFixed) {
    return <li>{r.methodFixed(round.position, cafesStrings.methods[round.votingMethod])}</li>;
  }
  return (
    <li className="cafe-round-method">
      <SelectField
        id={`round-method-${round.position}`}
        name={`round-method-${round.position}`}
        label={label}
        options={VOTING_METHODS.map((m) => ({ value: m, label: cafesStrings.methods[m] }))}
        value={method}
        onChange={(value) => setMethod(value as Method)}
      />
      <Button
        variant="secondary"
        isPending={save.isPending}
        pendingLabel={strings.common.saving}
        onPress={() => save.mutate(method)}
        aria-label={r.methodSave(round.position)}
      >
        {r.methodSaveShort}
      </Button>
    </li>
  );
}

/** Each round's way of voting, changeable until voting opens in that round. */
export function RoundMethods({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const { cafe } = board;
  if (cafe.status === 'closed') return null;
  return (
    <section className="section" aria-labelledby="round-methods-title">
      <h2 id="round-methods-title">{r.methodsTitle}</h2>
      <p>{r.methodsLead}</p>
      <ul className="plain-list cafe-round-methods">
        {cafe.rounds.map((round) => (
          <RoundMethod
            // Keyed by the saved method too, so the choice shown follows a change from another screen.
            key={`${round.position}-${round.votingMethod}`}
            cafeId={cafe.id}
            round={round}
            current={round.position === Math.max(1, cafe.currentRound)}
            onDone={onDone}
          />
        ))}
      </ul>
    </section>
  );
}
