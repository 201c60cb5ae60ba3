import type { Application, Code } from '../../../contracts/analysis.js';
import { Button } from '../../components/button.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { Memos } from './memos.js';

const s = analysisStrings.coding;

export function codeLabel(codes: readonly Code[], id: string): string {
  return codes.find((c) => c.id === id)?.name ?? '';
}

/** One coded stretch, with the actions its reader may take. */
export function ApplicationItem({
  projectId,
  application,
  codes,
  mine,
  onRemove,
  onDecide,
}: {
  projectId: string;
  application: Application;
  codes: readonly Code[];
  mine: boolean;
  onRemove: () => void;
  onDecide: (decision: 'accepted' | 'rejected') => void;
}) {
  const code = codeLabel(codes, application.codeId);
  return (
    <li className={`analysis-application analysis-application--${application.source}`}>
      <p>
        <strong>{code}</strong> <span className="secondary-text">{s.by(application.coderName)}</span>
      </p>
      <blockquote>{application.text}</blockquote>
      {application.source === 'suggestion' ? (
        <>
          <p className="secondary-text">{s.evidence(application.evidence.join(', '))}</p>
          {application.decision === 'pending' ? (
            <div className="analysis-actions">
              <Button
                variant="secondary"
                onPress={() => onDecide('accepted')}
                aria-label={s.acceptLabel(code, application.text)}
              >
                {s.accept}
              </Button>
              <Button
                variant="secondary"
                onPress={() => onDecide('rejected')}
                aria-label={s.rejectLabel(code, application.text)}
              >
                {s.reject}
              </Button>
            </div>
          ) : (
            <p>
              <strong>{application.decision === 'accepted' ? s.accepted : s.rejected}</strong>
            </p>
          )}
        </>
      ) : null}
      <details className="analysis-details">
        <summary>{analysisStrings.memos.onCoding}</summary>
        <Memos
          projectId={projectId}
          targetKind="application"
          targetId={application.id}
          label={analysisStrings.memos.thisCoding}
        />
      </details>
      {mine || application.source === 'consensus' ? (
        <Button variant="link" onPress={onRemove} aria-label={s.removeLabel(code, application.text)}>
          {s.remove}
        </Button>
      ) : null}
    </li>
  );
}
