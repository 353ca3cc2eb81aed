import { measureForm } from '@carecircle/shared/domain';
import type { MeasureResultFragment } from '@carecircle/web/data-access';
import { Button } from '@carecircle/web/ui';
import { bamConcerns } from './measure-bands';
import { formatIsoDate } from './dates';

/**
 * The score the server gave a measure just administered, shown on the record as soon as it is
 * saved. PHQ-9 item 9 above 0 comes first, as an alert: it needs a safety follow-up today,
 * whatever the total.
 */
export function MeasureResult({ result, onDismiss }: { result: MeasureResultFragment; onDismiss: () => void }) {
  const form = measureForm(result.instrument);
  const concerns = result.bamSubscores ? bamConcerns(result.bamSubscores) : [];
  return (
    <div className="cc-measure-result">
      {result.urgentSafetyFollowUp && (
        <div className="cc-measure-result__urgent" role="alert">
          <strong>Urgent: safety follow-up needed now.</strong> PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was
          answered above “Not at all”. Assess risk today and follow your program’s safety protocol; an urgent risk flag is now on this
          record.
        </div>
      )}
      <div role="status">
        <h3 className="cc-measure-result__title">
          {form.name} saved for {formatIsoDate(result.administeredOn)}
        </h3>
        {result.total !== null ? (
          <p className="cc-measure-result__score">
            Score <strong>{result.total}</strong>
            {result.bandLabel && (
              <>
                {' '}
                — <strong>{result.bandLabel}</strong>
              </>
            )}
          </p>
        ) : result.bamSubscores ? (
          <p className="cc-measure-result__score">
            Use <strong>{result.bamSubscores.use}</strong> · Risk factors <strong>{result.bamSubscores.risk}</strong> · Protective factors{' '}
            <strong>{result.bamSubscores.protective}</strong>
            {concerns.length ? <> — concern: {concerns.join('; ')}</> : <> — no sub-score past its cut-off</>}
          </p>
        ) : null}
        {result.alerts.length > 0 && (
          <ul className="cc-measure-result__alerts">
            {result.alerts.map((alert) => (
              <li key={alert}>{alert}</li>
            ))}
          </ul>
        )}
      </div>
      <Button variant="quiet" onPress={onDismiss}>
        Dismiss
        <span className="cc-visually-hidden"> the {form.name} result</span>
      </Button>
    </div>
  );
}
