import type { AgreementReport } from '../../../contracts/analysis.js';
import { analysisResultsStrings } from '../../lib/strings/analysis-results.js';
import { TableScroll } from '../../components/table-scroll.js';

const s = analysisResultsStrings.compare;

/** 0.8213 → "82%"; no figure yet → "not enough coding yet". */
function percent(value: number | null): string {
  return value === null ? s.notEnough : `${Math.round(value * 100)}%`;
}

/** Alpha and kappa to two decimal places, with a true minus sign. */
function decimal(value: number | null): string {
  return value === null ? s.notEnough : value.toFixed(2).replace('-', '−');
}

/** Cohen's kappa for a code: the pair's, or the mean over pairs when more than two people coded. */
function meanKappa(pairs: AgreementReport['codes'][number]['pairs']): number | null {
  const known = pairs.flatMap((pair) => (pair.kappa === null ? [] : [pair.kappa]));
  return known.length === 0 ? null : known.reduce((sum, k) => sum + k, 0) / known.length;
}

function reading(alpha: number | null): string {
  if (alpha === null) return s.reading.none;
  if (alpha >= 0.8) return s.reading.strong;
  if (alpha >= 0.667) return s.reading.tentative;
  return s.reading.low;
}

/** The team's agreement overall, and for each pair of coders. */
export function Overall({ report, suggestions }: { report: AgreementReport; suggestions: boolean }) {
  const names = new Map(report.coders.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => names.get(id) ?? analysisResultsStrings.unknownCoder;
  const { overall } = report;
  return (
    <section className="section" aria-labelledby="overall-title">
      <h2 id="overall-title">{s.overallTitle}</h2>
      <p className="secondary-text">{s.showing(report.unit, suggestions)}</p>
      <p>{s.coders(report.coders.map((c) => c.name))}</p>
      {report.coders.length === 1 ? <p className="callout">{s.oneCoder}</p> : null}
      <dl className="analysis-figures">
        <div className="analysis-figure">
          <dt>{s.percentLabel}</dt>
          <dd className="analysis-figure__value">{percent(overall.percentAgreement)}</dd>
          <dd className="analysis-figure__help">{s.percentHelp}</dd>
        </div>
        <div className="analysis-figure">
          <dt>{s.alphaLabel}</dt>
          <dd className="analysis-figure__value">{decimal(overall.alpha)}</dd>
          <dd className="analysis-figure__help">{s.alphaHelp}</dd>
        </div>
      </dl>
      <p className="analysis-reading">{reading(overall.alpha)}</p>
      <p>{s.basedOn(overall.units, overall.pairableUnits, report.unit)}</p>
      <p>{s.codesCounted(overall.codesUsed, overall.codesInCodebook)}</p>

      <h3>{s.pairsTitle}</h3>
      {overall.pairs.length === 0 ? (
        <p>{s.noPairs}</p>
      ) : (
        <>
          <TableScroll label={s.pairsCaption}>
            <table className="table">
              <caption className="visually-hidden">{s.pairsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.pairColumn}</th>
                  <th scope="col">{s.unitsColumn}</th>
                  <th scope="col">{s.agreedColumn}</th>
                  <th scope="col">{s.percentColumn}</th>
                  <th scope="col">{s.kappaColumn}</th>
                </tr>
              </thead>
              <tbody>
                {overall.pairs.map((pair) => (
                  <tr key={`${pair.coderA}-${pair.coderB}`}>
                    <th scope="row">{s.pair(nameOf(pair.coderA), nameOf(pair.coderB))}</th>
                    <td>{pair.units.toLocaleString('en-GB')}</td>
                    <td>{pair.agreed.toLocaleString('en-GB')}</td>
                    <td>{percent(pair.percentAgreement)}</td>
                    <td>{decimal(pair.kappa)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="secondary-text">{s.unitsHelp(report.unit)}</p>
          <p className="secondary-text">{s.kappaHelp}</p>
        </>
      )}
    </section>
  );
}

/** Agreement for each code used, and how much each coder used it. */
export function Codes({ report, codeName }: { report: AgreementReport; codeName: (id: string) => string }) {
  const used = report.codes.filter((c) => c.coders.some((coder) => coder.codedUnits > 0));
  return (
    <section className="section" aria-labelledby="codes-title">
      <h2 id="codes-title">{s.codesTitle}</h2>
      {used.length === 0 ? (
        <p>{s.noCodes}</p>
      ) : (
        <TableScroll label={s.codesCaption(report.unit)}>
          <table className="table">
            <caption className="visually-hidden">{s.codesCaption(report.unit)}</caption>
            <thead>
              <tr>
                <th scope="col">{s.codeColumn}</th>
                <th scope="col">{s.alphaColumn}</th>
                <th scope="col">{s.codeKappaColumn(report.coders.length)}</th>
                <th scope="col">{s.percentColumn}</th>
                {report.coders.map((coder) => (
                  <th scope="col" key={coder.id}>
                    {s.codedBy(coder.name)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {used.map((code) => (
                <tr key={code.codeId}>
                  <th scope="row">{codeName(code.codeId)}</th>
                  <td>{decimal(code.alpha)}</td>
                  <td>{decimal(meanKappa(code.pairs))}</td>
                  <td>{percent(code.percentAgreement)}</td>
                  {report.coders.map((coder) => (
                    <td key={coder.id}>
                      {(code.coders.find((c) => c.coderId === coder.id)?.codedUnits ?? 0).toLocaleString(
                        'en-GB',
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
