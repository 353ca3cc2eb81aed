import type { MockLink } from '@apollo/client/testing';
import { disclosureAccountingQuery } from '@carecircle/web/privacy';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiErrorCode } from '@carecircle/shared/domain';
import { sessionStore, type ClientRecordQuery, type StaffRole } from '@carecircle/web/data-access';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { clientCheckInsQuery } from './check-ins.query';
import { clientCircleOfSupportQuery } from './circle-of-support';
import { clientRecordQuery } from './client-record.query';
import { ClientRecordPage } from './client-record-page';
import { lastDaysRange } from './dates';
import { clientEpisodesQuery } from './episode.queries';
import { clientMeasuresQuery } from './measures.query';
import { clientPeerContactsQuery } from './peer-contacts.query';
import { clientProgressNotesQuery } from './progress-notes.query';

const today = new Date(2026, 2, 31);
const CLIENT_ID = 'c-1';

const staff = (id: string, displayName: string) => ({
  __typename: 'StaffMember',
  id,
  displayName,
});

function recordClient(clinical: boolean): ClientRecordQuery['client'] {
  const base = {
    __typename: 'Client',
    id: CLIENT_ID,
    firstName: 'Jordan',
    lastName: 'Rivera',
    preferredName: 'Jo',
    pronouns: 'they/them',
    status: 'ACTIVE',
    levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
    admissionDate: '2026-01-05',
    recoveryStartDate: '2026-01-01',
    daysInTreatment: 86,
    daysSinceRecoveryStart: 89,
    dischargeDate: null,
    receivingIntegratedTreatment: false,
    version: 4,
    program: { __typename: 'Program', id: 'p-1', name: 'Harbor IOP' },
    careTeam: [
      {
        __typename: 'CareTeamMember',
        role: 'COUNSELOR',
        startedOn: '2026-01-05',
        staff: staff('s-1', 'Avery Chen'),
      },
      {
        __typename: 'CareTeamMember',
        role: 'PEER_SUPPORT',
        startedOn: '2026-01-05',
        staff: staff('s-2', 'Devon Reyes'),
      },
    ],
    riskFlags: [
      {
        __typename: 'RiskFlag',
        code: 'HIGH_CRAVING',
        severity: 'URGENT',
        reason: 'Craving 9/10 on Mar 30',
      },
    ],
    levelOfCareHistory: [
      {
        __typename: 'LevelOfCareChange',
        id: 'l-1',
        effectiveOn: '2026-01-05',
        fromLevel: null,
        toLevel: 'INTENSIVE_OUTPATIENT_2_1',
        reason: null,
      },
    ],
    nextMilestone: {
      __typename: 'Milestone',
      code: 'MONTHS_6',
      label: '6 months',
      date: '2026-07-01',
      daysUntil: 92,
    },
    lastMilestone: {
      __typename: 'Milestone',
      code: 'DAYS_90',
      label: '90 days',
      date: '2026-03-31',
      daysUntil: 0,
    },
    carePlanStatus: 'ACTIVE',
    currentCarePlan: {
      __typename: 'CarePlan',
      id: 'plan-1',
      status: 'ACTIVE',
      planVersion: 2,
      reviewDueOn: '2026-04-15',
      isOverdue: false,
      isPartialView: !clinical,
      signedAt: '2026-03-01T10:00:00Z',
      signedBy: staff('s-9', 'Morgan Lee'),
      problems: [
        {
          __typename: 'CarePlanProblem',
          id: 'pr-1',
          clientStatement: clinical ? 'I drink when I am lonely' : null,
          clinicalDescription: clinical ? 'Alcohol use disorder, moderate' : null,
          goals: [
            {
              __typename: 'CarePlanGoal',
              id: 'g-1',
              description: 'Build a sober support network',
              objectives: [
                {
                  __typename: 'CarePlanObjective',
                  id: 'o-1',
                  description: 'Attend two mutual-aid meetings a week',
                  status: 'IN_PROGRESS',
                  targetDate: '2026-05-01',
                  interventions: [
                    {
                      __typename: 'CarePlanIntervention',
                      id: 'i-1',
                      description: 'Accompany Jo to a first SMART meeting',
                      frequency: 'weekly',
                      modality: 'PEER_RECOVERY_SUPPORT',
                      responsibleStaff: staff('s-2', 'Devon Reyes'),
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    supportNetwork: [
      {
        __typename: 'SupportNetworkMember',
        id: 'm-1',
        name: 'Rosa Rivera',
        relationship: 'PARENT',
        stance: 'SUPPORTIVE',
        involvedInTreatment: true,
        phone: null,
        email: null,
        note: null,
        version: 1,
      },
    ],
  };
  if (!clinical) return base as unknown as ClientRecordQuery['client'];
  return {
    ...base,
    diagnoses: [
      {
        __typename: 'Diagnosis',
        id: 'd-1',
        icd10Code: 'F10.20',
        description: 'Alcohol dependence, uncomplicated',
        status: 'ACTIVE',
        category: 'SUBSTANCE_USE',
        onsetDate: null,
        inRemissionByCode: false,
        version: 1,
      },
    ],
    dualDiagnosis: true,
    dualDiagnosisBasis: ['F10.20', 'F41.1'],
    integratedCareGap: {
      __typename: 'IntegratedCareGap',
      summary: 'Dual diagnosis: no intervention in the active care plan addresses F41.1 Generalized anxiety disorder.',
      hasActivePlan: true,
      activeCarePlanId: 'plan-1',
      unaddressedDiagnoses: [{ __typename: 'Diagnosis', id: 'd-2', icd10Code: 'F41.1', description: 'Generalized anxiety disorder' }],
    },
    familyEngagementSummary: {
      __typename: 'FamilyEngagementSummary',
      eventsLast30Days: 1,
      eventsLast90Days: 3,
      lastEventOn: '2026-03-20',
    },
    familyEngagementEvents: [],
    consents: [
      {
        __typename: 'Consent',
        id: 'k-1',
        recipientLabel: 'Rosa Rivera (parent)',
        recipientKind: 'SUPPORT_NETWORK_MEMBER',
        scopes: ['ATTENDANCE'],
        purpose: 'Family involvement',
        effectiveOn: '2026-01-10',
        expiresOn: '2026-04-10',
        status: 'ACTIVE',
        active: true,
        recipientMemberId: 'm-1',
        informationDescription: null,
        signedOn: '2026-01-10',
        expiryEvent: null,
        revokedOn: null,
        version: 1,
      },
    ],
  } as unknown as ClientRecordQuery['client'];
}

function sectionMocks(clinical: boolean): MockLink.MockedResponse[] {
  const mocks: MockLink.MockedResponse[] = [
    {
      request: {
        query: clientCheckInsQuery,
        variables: { clientId: CLIENT_ID, ...lastDaysRange(today, 90) },
      },
      result: {
        data: {
          checkIns: [],
          checkInCompletion: {
            __typename: 'CheckInCompletion',
            days: 86,
            expected: 12,
            received: 9,
            rate: 0.75,
            schedule: 'WEEKLY',
            from: '2026-01-05',
            to: '2026-03-31',
          },
        },
      },
    },
    {
      request: {
        query: clientPeerContactsQuery,
        variables: { clientId: CLIENT_ID },
      },
      result: { data: { peerContacts: [] } },
    },
    {
      request: { query: clientProgressNotesQuery, variables: { clientId: CLIENT_ID } },
      result: { data: { progressNotes: [] } },
    },
  ];
  if (clinical) {
    const noMedian = { supportiveMembers: null, riskMembers: null, familyEventsLast30Days: null, peerContactsLast30Days: null, checkInsLast30Days: null, meetingsReportedLast30Days: null };
    mocks.push({
      request: { query: clientCircleOfSupportQuery, variables: { clientId: CLIENT_ID } },
      result: {
        data: {
          client: {
            __typename: 'Client',
            id: CLIENT_ID,
            circleOfSupport: {
              __typename: 'CircleOfSupport',
              supportiveMembers: 1,
              riskMembers: 0,
              familyEventsLast30Days: 0,
              peerContactsLast30Days: 0,
              checkInsLast30Days: 0,
              meetingsReportedLast30Days: 0,
              programMedian: { __typename: 'CircleOfSupportMedians', medianOverClients: 1, ...noMedian },
            },
          },
        },
      },
    });
    mocks.push({
      request: {
        query: clientMeasuresQuery,
        variables: { clientId: CLIENT_ID },
      },
      result: { data: { phq9: [], gad7: [], barc10: [], bam: [] } },
    });
    mocks.push({
      request: { query: disclosureAccountingQuery, variables: { clientId: CLIENT_ID } },
      result: {
        data: { disclosureAccounting: { __typename: 'DisclosureAccounting', from: '2023-03-31', to: '2026-03-31', entries: [] } },
      },
    });
    const program = { __typename: 'Program', id: 'p-1', name: 'Intensive Outpatient' };
    const admission = {
      __typename: 'LevelOfCareChange',
      id: 'l-1',
      effectiveOn: '2026-01-05',
      fromLevel: null,
      toLevel: 'INTENSIVE_OUTPATIENT_2_1',
      reason: 'Admission',
    };
    mocks.push({
      request: { query: clientEpisodesQuery, variables: { id: CLIENT_ID } },
      result: {
        data: {
          client: {
            __typename: 'Client',
            id: CLIENT_ID,
            firstName: 'Jordan',
            lastName: 'Rivera',
            preferredName: 'Jo',
            version: 3,
            status: 'ACTIVE',
            levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
            admissionDate: '2026-01-05',
            recoveryStartDate: '2026-01-01',
            checkInSchedule: 'WEEKLY',
            dischargeDate: null,
            dischargeReason: null,
            program,
            careTeam: [],
            levelOfCareHistory: [{ __typename: 'LevelOfCareChange', id: 'l-1', effectiveOn: '2026-01-05' }],
            episodes: [
              {
                __typename: 'EpisodeOfCare',
                id: 'e-1',
                sequence: 1,
                program,
                admissionDate: '2026-01-05',
                levelOfCare: 'INTENSIVE_OUTPATIENT_2_1',
                status: 'ACTIVE',
                dischargeDate: null,
                dischargeReason: null,
                counselorAtDischarge: null,
                levelOfCareHistory: [admission],
              },
            ],
          },
        },
      },
    });
  }
  return mocks;
}

function signInAs(role: StaffRole) {
  sessionStore.start({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    me: {
      id: 's-1',
      displayName: 'Test',
      email: 't@example.org',
      role,
      organizationId: 'o',
      organizationName: 'Harbor',
    },
  });
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[`/clients/${CLIENT_ID}`]}>
        <Routes>
          <Route path="/clients/:clientId" element={<ClientRecordPage today={today} />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const recordRequest = (clinical: boolean) => ({
  query: clientRecordQuery,
  variables: { id: CLIENT_ID, clinical },
});

afterEach(() => sessionStore.end('signed-out'));

describe('ClientRecordPage', () => {
  it('shows a counselor every section, including diagnoses, consents, family engagement and measures', async () => {
    signInAs('COUNSELOR');
    renderPage([
      {
        request: recordRequest(true),
        result: { data: { client: recordClient(true) } },
      },
      ...sectionMocks(true),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Jordan Rivera' })).toBeInTheDocument();
    for (const name of [
      'Overview',
      'Care plan',
      'Diagnoses',
      'Consents',
      'Support network',
      'Check-ins',
      'Family engagement',
      'Peer contacts',
      'Progress notes',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(await screen.findByRole('heading', { level: 2, name: 'Measures' })).toBeInTheDocument();
    expect(screen.getByText('Dual diagnosis')).toBeInTheDocument();
    expect(screen.getByText(/no intervention in the active care plan addresses F41\.1/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Receiving integrated mental-health and substance-use treatment' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Record a diagnosis' })).toBeInTheDocument();
    expect(screen.getByText('Expires in 10 days')).toBeInTheDocument();
    expect(screen.getByText('Clinical formulation:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open care plan' })).toHaveAttribute('href', `/clients/${CLIENT_ID}/care-plan`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Episodes of care' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Discharge' })).toBeInTheDocument();
    expect(document.title).toBe('Jordan Rivera · CareCircle');
  });

  it('leaves diagnoses, consents, family engagement and measures out entirely for a peer support worker', async () => {
    signInAs('PEER_SUPPORT');
    renderPage([
      {
        request: recordRequest(false),
        result: { data: { client: recordClient(false) } },
      },
      ...sectionMocks(false),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Jordan Rivera' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Care plan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Support network' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Peer contacts' })).toBeInTheDocument();
    for (const name of ['Diagnoses', 'Consents', 'Family engagement', 'Measures']) {
      expect(screen.queryByRole('heading', { name })).not.toBeInTheDocument();
    }
    expect(screen.getByText(/shared with the peer support team only under their consent/)).toBeInTheDocument();
    expect(screen.getByText('Build a sober support network')).toBeInTheDocument();
    expect(screen.queryByText('Clinical formulation:')).not.toBeInTheDocument();
    expect(screen.queryByText('In their words:')).not.toBeInTheDocument();
  });

  it('celebrates a milestone reached today in words, not just an emoji', async () => {
    signInAs('COUNSELOR');
    renderPage([
      {
        request: recordRequest(true),
        result: { data: { client: recordClient(true) } },
      },
      ...sectionMocks(true),
    ]);

    const cue = await screen.findByText(/Milestone: 90 days today/);
    expect(cue.closest('[role="status"]')).not.toBeNull();
  });

  it('shows urgent risk flags with their severity and reason in text', async () => {
    signInAs('COUNSELOR');
    renderPage([
      {
        request: recordRequest(true),
        result: { data: { client: recordClient(true) } },
      },
      ...sectionMocks(true),
    ]);

    const flags = await screen.findByRole('list', { name: 'Risk flags' });
    expect(within(flags).getByRole('listitem')).toHaveTextContent('UrgentHigh cravingCraving 9/10 on Mar 30');
  });

  it('still renders the record when one field comes back FORBIDDEN', async () => {
    signInAs('COUNSELOR');
    const client = { ...recordClient(true), consents: null };
    renderPage([
      {
        request: recordRequest(true),
        result: {
          data: { client },
          errors: [
            {
              message: 'Not allowed',
              path: ['client', 'consents'],
              extensions: { code: ApiErrorCode.FORBIDDEN },
            },
          ],
        },
      },
      ...sectionMocks(true),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Jordan Rivera' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Support network' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the client is not on the caseload when the API answers NOT_FOUND, with a way back', async () => {
    signInAs('COUNSELOR');
    renderPage([
      {
        request: recordRequest(true),
        result: {
          data: null,
          errors: [
            {
              message: 'Client not found',
              path: ['client'],
              extensions: { code: ApiErrorCode.NOT_FOUND },
            },
          ],
        },
      },
    ]);

    expect(
      await screen.findByRole('heading', {
        name: 'This client is not on your caseload or does not exist',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Back to caseload/ }).length).toBeGreaterThan(0);
  });

  it('shows a busy skeleton while the record loads, and Retry when it fails', async () => {
    signInAs('COUNSELOR');
    renderPage([
      {
        request: recordRequest(true),
        error: new Error('Network request failed'),
      },
    ]);

    expect(screen.getByRole('status')).toHaveTextContent('Loading client record…');
    expect(screen.getByRole('status').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
