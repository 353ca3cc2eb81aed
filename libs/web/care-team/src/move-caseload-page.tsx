import { useMutation, useQuery } from '@apollo/client/react';
import { describeLevelOfCare, toIsoDate, type LevelOfCare } from '@carecircle/shared/domain';
import { errorMessage, useOrganizationToday, useSession } from '@carecircle/web/data-access';
import { FormCheckbox, FormDateField, FormErrorMessage, FormSelect, serverFieldProblems, useZodForm } from '@carecircle/web/forms';
import { Button, ErrorState, SelectField, Skeleton } from '@carecircle/web/ui';
import { useEffect, useMemo, useState } from 'react';
import type { Path } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { careTeamPickerQuery, caseloadBalanceQuery, caseloadOfQuery, moveCaseloadMutation, CARE_TEAM_REFETCH_QUERIES } from './care-team.queries';
import { latestAssignmentDay } from './care-team-labels';
import { formFieldOfProblem, moveCaseloadSchema, movePreview, type MoveCaseloadValues } from './move-caseload-form';
import './care-team.css';

export interface MoveCaseloadPageProps {
  /** Injectable for tests; defaults to now. */
  today?: Date;
}

/**
 * Moves some or all clients of one person's caseload to colleagues in one step: each client gets a
 * destination (or all selected at once), a preview says who goes where, and the move is all or
 * nothing — a refused client is named on its row and nobody moves.
 */
export function MoveCaseloadPage({ today }: MoveCaseloadPageProps = {}) {
  const { staffId = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const organizationToday = useOrganizationToday();
  const [todayIso] = useState(() => toIsoDate(today ?? organizationToday));
  const latest = latestAssignmentDay(todayIso);

  const caseload = useQuery(caseloadOfQuery, { variables: { staffId }, fetchPolicy: 'cache-and-network' });
  const balance = useQuery(caseloadBalanceQuery);
  const picker = useQuery(careTeamPickerQuery);
  const [moveCaseload] = useMutation(moveCaseloadMutation, { refetchQueries: [...CARE_TEAM_REFETCH_QUERIES], awaitRefetchQueries: true });

  const person = balance.data?.caseloadBalance.rows.find((r) => r.staff.id === staffId);
  const isPeer = person?.role === 'PEER_SUPPORT';
  const part = isPeer ? 'peer worker' : 'counselor';
  const name = person?.staff.displayName;
  const clients = caseload.data?.caseloadOf;

  const destinations = useMemo(() => {
    const me = session?.me;
    const candidates = (picker.data?.careTeamCandidates ?? []).filter((c) => c.role === (isPeer ? 'PEER_SUPPORT' : 'COUNSELOR') && c.id !== staffId);
    return [
      ...(!isPeer && me && me.id !== staffId ? [{ value: me.id, label: `${me.displayName} (you)` }] : []),
      ...candidates.map((c) => ({ value: c.id, label: c.displayName })),
    ];
  }, [picker.data, session, isPeer, staffId]);
  const nameOf = (id: string) => destinations.find((d) => d.value === id)?.label ?? 'someone';

  const schema = useMemo(() => moveCaseloadSchema(part, latest), [part, latest]);
  const form = useZodForm(schema, { effectiveOn: todayIso, moves: [] });
  const [moveAllTo, setMoveAllTo] = useState('');
  const [preview, setPreview] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  // Fill the rows once the caseload arrives: every client checked, no destination yet.
  useEffect(() => {
    if (!clients) return;
    form.reset({
      effectiveOn: form.getValues('effectiveOn') || todayIso,
      moves: clients.map((c) => ({ clientId: c.id, clientName: `${c.firstName} ${c.lastName}`, move: true, toStaffId: '' })),
    });
    // Only a new caseload resets the rows, not every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clients]);

  // A preview describes the values it was made from; any change asks for a new one.
  useEffect(() => {
    const subscription = form.watch(() => setPreview(null));
    return () => subscription.unsubscribe();
  }, [form]);

  const fillAll = (value: string) => {
    setMoveAllTo(value);
    if (!value) return;
    form.getValues('moves').forEach((m, i) => {
      if (m.move) form.setValue(`moves.${i}.toStaffId`, value, { shouldValidate: form.formState.isSubmitted });
    });
  };

  const onPreview = form.handleSubmit((values) => {
    setFormError(null);
    setPreview(movePreview(values.moves, nameOf));
  });

  const onMove = form.handleSubmit(async (values: MoveCaseloadValues) => {
    setFormError(null);
    const sent = values.moves.map((m, i) => ({ ...m, row: i })).filter((m) => m.move);
    try {
      const result = await moveCaseload({
        variables: { input: { fromStaffId: staffId, effectiveOn: values.effectiveOn, moves: sent.map((m) => ({ clientId: m.clientId, toStaffId: m.toStaffId })) } },
      });
      const moved = result.data?.moveCaseload ?? sent.length;
      void navigate('/team', { state: { status: `Moved ${moved} ${moved === 1 ? 'client' : 'clients'}.` } });
    } catch (error) {
      const problems = serverFieldProblems(error);
      const unplaced: string[] = [];
      for (const problem of problems) {
        const field = formFieldOfProblem(problem.field, sent.map((m) => m.row));
        if (field) form.setError(field as Path<MoveCaseloadValues>, { type: 'server', message: problem.problem });
        else unplaced.push(problem.problem);
      }
      setPreview(null);
      if (problems.length === 0) setFormError(errorMessage(error as Error));
      else setFormError(`Nobody was moved. ${unplaced.length ? unplaced.join('; ') : 'Correct the clients marked below and try again.'}`);
    }
  });

  const title = name ? `Move caseload of ${name}` : 'Move a caseload';
  const rows = form.watch('moves');

  let body;
  if (caseload.error && !clients) {
    body = <ErrorState title="This caseload could not be loaded" message={errorMessage(caseload.error)} onRetry={() => void caseload.refetch().catch(() => undefined)} />;
  } else if (!clients) {
    body = <Skeleton label="Loading the caseload…" rows={4} />;
  } else if (clients.length === 0) {
    body = <p className="cc-team__muted">{name ?? 'This person'} has no clients in care to move.</p>;
  } else {
    body = (
      <form className="cc-form cc-move" noValidate onSubmit={(event) => void onPreview(event)} aria-busy={form.formState.isSubmitting || undefined}>
        <FormErrorMessage message={formError} />
        <div className="cc-move__controls">
          <SelectField
            label="Move all selected to"
            value={moveAllTo}
            onChange={fillAll}
            options={[{ value: '', label: `Choose a ${part}` }, ...destinations]}
          />
          <FormDateField form={form} name="effectiveOn" label="Effective date" max={latest} />
        </div>
        <ul className="cc-move__rows" aria-label={`Clients of ${name ?? 'this person'}`}>
          {clients.map((client, i) => {
            const clientName = `${client.firstName} ${client.lastName}`;
            const severities = new Set(client.riskFlags.map((f) => f.severity));
            const acuity = severities.has('URGENT') ? 'Urgent flag' : severities.has('WARNING') ? 'Warning flag' : 'No urgent or warning flag';
            return (
              <li key={client.id} className="cc-move__row">
                <FormCheckbox form={form} name={`moves.${i}.move`} label={`Move ${clientName}`} />
                <p className="cc-move__facts">
                  {describeLevelOfCare(client.levelOfCare as LevelOfCare)} · {acuity}
                </p>
                <FormSelect
                  form={form}
                  name={`moves.${i}.toStaffId`}
                  label={`New ${part} for ${clientName}`}
                  options={destinations}
                  placeholder={`Choose a ${part}`}
                  description={rows?.[i]?.move === false ? 'Stays with ' + (name ?? 'them') : undefined}
                />
              </li>
            );
          })}
        </ul>
        <div className="cc-move__actions">
          <Button type="submit" variant="secondary" isDisabled={form.formState.isSubmitting}>
            Preview move
          </Button>
          {preview && (
            <Button variant="primary" onPress={() => void onMove()} isDisabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? 'Moving…' : 'Move clients'}
            </Button>
          )}
        </div>
        <div role="status" className="cc-move__preview">
          {preview}
        </div>
      </form>
    );
  }

  return (
    <div className="cc-page cc-team">
      <nav aria-label="Breadcrumb">
        <Link to="/team">
          <span aria-hidden="true">← </span>Back to team caseloads
        </Link>
      </nav>
      <h1>{title}</h1>
      {body}
    </div>
  );
}
