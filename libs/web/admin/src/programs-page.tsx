import { useQuery } from '@apollo/client/react';
import { CHECK_IN_SCHEDULE_LABELS, LEVELS_OF_CARE, describeLevelOfCare, type CheckInSchedule, type LevelOfCare } from '@carecircle/shared/domain';
import { errorMessage, type ProgramSettingsFieldsFragment } from '@carecircle/web/data-access';
import { Button, EmptyState, ErrorState, Skeleton } from '@carecircle/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProgramFormDialog } from './program-form';
import { programsPageQuery } from './programs.queries';
import './program-pages.css';

type OpenDialog = { kind: 'create' } | { kind: 'edit'; programId: string } | null;

/** "Intensive outpatient every 30 days; Outpatient every 60 days", or the default. */
export function reviewIntervalSummary(program: ProgramSettingsFieldsFragment): string {
  if (program.reviewIntervalOverrides.length === 0) return 'Default intervals';
  return program.reviewIntervalOverrides.map((o) => `${LEVELS_OF_CARE[o.levelOfCare as LevelOfCare].label} every ${o.days} days`).join('; ');
}

/** "Defaults", or how many settings the program changed. */
export function thresholdSummary(program: ProgramSettingsFieldsFragment): string {
  const changed = program.riskThresholds.filter((t) => t.overridden).length;
  if (changed === 0) return 'Defaults';
  return changed === 1 ? '1 setting differs from the defaults' : `${changed} settings differ from the defaults`;
}

/**
 * The organization's programs and their defaults: the level of care and check-in schedule new
 * clients start with, plan-review intervals, co-signature, and a way to each program's risk
 * thresholds. Administrators create and edit programs here.
 */
export function ProgramsPage() {
  const { data, loading, error, refetch } = useQuery(programsPageQuery, { fetchPolicy: 'cache-and-network' });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const programs = data?.programs ?? [];
  const edited = dialog?.kind === 'edit' ? (programs.find((p) => p.id === dialog.programId) ?? null) : null;
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };

  return (
    <div className="cc-page cc-programs">
      <div className="cc-programs__header">
        <h1>Programs</h1>
        <Button variant="primary" onPress={() => setDialog({ kind: 'create' })} isDisabled={!data}>
          Create a program
        </Button>
      </div>
      <p className="cc-programs__intro">
        Each program sets what new clients start with and when plans are reviewed. Risk thresholds decide when a client is flagged
        for attention; change them with a preview of who it would affect.
      </p>
      {!data && loading && <Skeleton label="Loading programs" rows={3} />}
      {!data && error && <ErrorState title="The programs could not be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />}
      {data && programs.length === 0 && <EmptyState title="No programs yet">Create your first program to admit clients to it.</EmptyState>}
      {programs.length > 0 && (
        <ul className="cc-programs__list" aria-label="Programs">
          {programs.map((program) => (
            <li key={program.id} className="cc-programs__item">
              <h2 className="cc-programs__name">{program.name}</h2>
              <dl className="cc-programs__settings">
                <div>
                  <dt>Default level of care</dt>
                  <dd>{describeLevelOfCare(program.defaultLevelOfCare as LevelOfCare)}</dd>
                </div>
                <div>
                  <dt>Default check-in schedule</dt>
                  <dd>{CHECK_IN_SCHEDULE_LABELS[program.defaultCheckInSchedule as CheckInSchedule]}</dd>
                </div>
                <div>
                  <dt>Counselors' notes need co-signature</dt>
                  <dd>{program.notesRequireCosignature ? 'Yes' : 'No'}</dd>
                </div>
                <div>
                  <dt>Plan reviews</dt>
                  <dd>{reviewIntervalSummary(program)}</dd>
                </div>
                <div>
                  <dt>Risk thresholds</dt>
                  <dd>{thresholdSummary(program)}</dd>
                </div>
              </dl>
              <div className="cc-programs__actions">
                <Button variant="secondary" onPress={() => setDialog({ kind: 'edit', programId: program.id })}>
                  Edit {program.name}
                </Button>
                <Link to={`/programs/${program.id}/risk-thresholds`}>Risk thresholds for {program.name}</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      {dialog?.kind === 'create' && <ProgramFormDialog program={null} isOpen onOpenChange={close} />}
      {dialog?.kind === 'edit' && edited && <ProgramFormDialog key={edited.id} program={edited} isOpen onOpenChange={close} />}
    </div>
  );
}
