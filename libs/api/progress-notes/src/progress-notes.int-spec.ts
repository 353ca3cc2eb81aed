import { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import { Not } from 'typeorm';
import {
  AuditAction,
  ConsentRecipientKind,
  ConsentScope,
  LevelOfCare,
  Modality,
  ObjectiveStatus,
  StaffRole,
  toIsoDate,
  type CarePlanContent,
  type IsoDate,
} from '@carecircle/shared/domain';
import { AuditEventEntity } from '@carecircle/api/audit';
import type { StaffUserEntity } from '@carecircle/api/auth';
import type { CarePlanEntity } from '@carecircle/api/care-plans';
import { CareTeamRole } from '@carecircle/api/care-team';
import type { ClientEntity } from '@carecircle/api/clients';
import { ProgramEntity } from '@carecircle/api/organizations';
import { ConsentEntity } from '@carecircle/api/support-network';
import { Factory, codeOf, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';

const NOTE = `id status format sessionType sessionDate startTime durationMinutes attendance modality version signedAt
  cosignatureRequired awaitingCosignature cosignedAt cosignedBy { id } author { id } client { id }
  sections { key label text }
  objectives { carePlanId objectiveId objectiveDescription progress interventions { id description } }
  addenda { id text author { id } signedAt }`;

const START = `mutation($input: StartProgressNoteInput!) { startProgressNote(input: $input) { ${NOTE} } }`;
const SAVE = `mutation($input: SaveProgressNoteDraftInput!) { saveProgressNoteDraft(input: $input) { ${NOTE} } }`;
const SIGN = `mutation($noteId: ID!, $expectedVersion: Int!) { signProgressNote(noteId: $noteId, expectedVersion: $expectedVersion) { ${NOTE} } }`;
const COSIGN = `mutation($noteId: ID!) { cosignProgressNote(noteId: $noteId) { ${NOTE} } }`;
const ADDENDUM = `mutation($input: AddProgressNoteAddendumInput!) { addProgressNoteAddendum(input: $input) { ${NOTE} } }`;
const DISCARD = `mutation($noteId: ID!, $expectedVersion: Int!) { discardProgressNoteDraft(noteId: $noteId, expectedVersion: $expectedVersion) }`;
const ONE = `query($noteId: ID!) { progressNote(noteId: $noteId) { ${NOTE} } }`;
const LIST = `query($clientId: ID!, $objectiveId: String, $format: ProgressNoteFormat, $sessionType: SessionType) {
  progressNotes(clientId: $clientId, objectiveId: $objectiveId, format: $format, sessionType: $sessionType) { ${NOTE} } }`;
const QUEUE = `{ progressNotesAwaitingCosignature { ${NOTE} } }`;
const RISK = `query($id: ID!) { client(id: $id) { riskFlags { code severity reason } } }`;

interface Note {
  id: string;
  status: string;
  format: string;
  sessionType: string;
  sessionDate: string;
  startTime: string | null;
  durationMinutes: number | null;
  attendance: string;
  modality: string | null;
  version: number;
  signedAt: string | null;
  cosignatureRequired: boolean;
  awaitingCosignature: boolean;
  cosignedAt: string | null;
  cosignedBy: { id: string } | null;
  author: { id: string };
  client: { id: string };
  sections: Array<{ key: string; label: string; text: string }>;
  objectives: Array<{ carePlanId: string; objectiveId: string; objectiveDescription: string; progress: string; interventions: Array<{ id: string; description: string }> }>;
  addenda: Array<{ id: string; text: string; author: { id: string }; signedAt: string }>;
}

interface Problem {
  field: string;
  problem: string;
}

const daysAgo = (days: number): IsoDate => toIsoDate(addDays(new Date(), -days));
const problemsOf = (res: GraphQLResponse<unknown>): Problem[] => (res.errors?.[0]?.extensions?.['problems'] as Problem[] | undefined) ?? [];

const DAP_SECTIONS = [
  { key: 'data', text: 'Client arrived on time, reported two evenings of strong cravings; PHQ-9 given, score 9.' },
  { key: 'assessment', text: 'Using urge-surfing with partial success; engaged; no safety concerns today.' },
  { key: 'plan', text: 'Practise urge-surfing nightly; attend two mutual-aid meetings; next session in one week.' },
];

/** A plan of one problem, one goal and two objectives, with interventions under each. */
function planContent(counselorId: string) {
  const meetings = {
    id: `obj-${randomUUID()}`,
    description: 'Attend three mutual-aid meetings a week',
    targetDate: null,
    status: ObjectiveStatus.IN_PROGRESS,
    interventions: [
      { id: `int-${randomUUID()}`, description: 'Relapse prevention group', frequency: 'weekly', responsibleStaffId: counselorId, modality: Modality.RELAPSE_PREVENTION },
      { id: `int-${randomUUID()}`, description: 'Review meeting log', frequency: 'weekly', responsibleStaffId: counselorId, modality: Modality.CBT },
    ],
  };
  const cravings = {
    id: `obj-${randomUUID()}`,
    description: 'Craving at or below 4/10 on most check-ins',
    targetDate: null,
    status: ObjectiveStatus.NOT_STARTED,
    interventions: [{ id: `int-${randomUUID()}`, description: 'CBT for cravings', frequency: 'weekly', responsibleStaffId: counselorId, modality: Modality.CBT }],
  };
  const content: CarePlanContent = {
    problems: [
      {
        id: `prob-${randomUUID()}`,
        clientStatement: 'I drink when I feel alone in the evenings',
        clinicalDescription: 'Alcohol use disorder, moderate',
        goals: [{ id: `goal-${randomUUID()}`, description: 'Stay sober through the evenings', objectives: [meetings, cravings] }],
      },
    ],
  };
  return { content, meetings, cravings };
}

describe('progress notes: drafts, signing that locks, addenda, co-signature and scope', () => {
  let t: TestApp;
  let f: Factory;
  let organizationId: string;
  let programId: string;
  let supervisor: StaffUserEntity;
  let otherSupervisor: StaffUserEntity;
  let counselorA: StaffUserEntity;
  let counselorA2: StaffUserEntity;
  let counselorB: StaffUserEntity;
  let associate: StaffUserEntity;
  let peer: StaffUserEntity;
  let tokens: Record<'supervisor' | 'otherSupervisor' | 'counselorA' | 'counselorA2' | 'counselorB' | 'associate' | 'peer', string>;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program } = await f.organization();
    organizationId = organization.id;
    programId = program.id;
    supervisor = await f.staff(organizationId, StaffRole.SUPERVISOR);
    otherSupervisor = await f.staff(organizationId, StaffRole.SUPERVISOR);
    counselorA = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    counselorA2 = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: supervisor.id });
    counselorB = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: otherSupervisor.id });
    associate = await f.staff(organizationId, StaffRole.COUNSELOR, { supervisorId: supervisor.id, requiresCosignature: true });
    peer = await f.staff(organizationId, StaffRole.PEER_SUPPORT, { supervisorId: supervisor.id });
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v);
    tokens = {
      supervisor: await loginAs(gql, supervisor.email),
      otherSupervisor: await loginAs(gql, otherSupervisor.email),
      counselorA: await loginAs(gql, counselorA.email),
      counselorA2: await loginAs(gql, counselorA2.email),
      counselorB: await loginAs(gql, counselorB.email),
      associate: await loginAs(gql, associate.email),
      peer: await loginAs(gql, peer.email),
    };
  });
  afterAll(() => t.close());

  async function clientOf(counselor: StaffUserEntity, options: { withPeer?: boolean; programId?: string } = {}): Promise<ClientEntity> {
    const client = await f.client(organizationId, options.programId ?? programId, { levelOfCare: LevelOfCare.INTENSIVE_OUTPATIENT_2_1 });
    await f.assign(client, counselor, CareTeamRole.COUNSELOR);
    if (options.withPeer) await f.assign(client, peer, CareTeamRole.PEER_SUPPORT);
    return client;
  }

  async function withPlan(client: ClientEntity, counselor: StaffUserEntity) {
    const plan = planContent(counselor.id);
    const entity: CarePlanEntity = await f.activeCarePlan(client, counselor, supervisor, plan.content);
    return { ...plan, plan: entity };
  }

  async function ok<T>(key: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<Record<string, T>>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data![key]!;
  }

  const start = (clientId: string, token = tokens.counselorA, input: Record<string, unknown> = {}) =>
    ok<Note>('startProgressNote', START, { input: { clientId, format: 'DAP', sessionType: 'INDIVIDUAL', sessionDate: daysAgo(1), ...input } }, token);

  /** The whole DAP draft as the editor sends it: every field filled in, the given objectives linked. */
  const dapDraft = (note: Note, objectives: unknown[] = [], overrides: Record<string, unknown> = {}) => ({
    noteId: note.id,
    expectedVersion: note.version,
    format: 'DAP',
    sessionType: note.sessionType,
    sessionDate: note.sessionDate,
    startTime: '10:00',
    durationMinutes: 50,
    attendance: 'ATTENDED',
    modality: 'CBT',
    sections: DAP_SECTIONS,
    objectives,
    ...overrides,
  });

  const save = (input: Record<string, unknown>, token = tokens.counselorA) => ok<Note>('saveProgressNoteDraft', SAVE, { input }, token);
  const sign = (note: Note, token = tokens.counselorA) => ok<Note>('signProgressNote', SIGN, { noteId: note.id, expectedVersion: note.version }, token);

  /** A signed DAP note of a session `days` ago. */
  async function signedDap(client: ClientEntity, token = tokens.counselorA, objectives: unknown[] = [], days = 1, overrides: Record<string, unknown> = {}) {
    const draft = await start(client.id, token, { sessionDate: daysAgo(days) });
    return sign(await save(dapDraft(draft, objectives, overrides), token), token);
  }

  /** A signed note recording that the client did not come to a session `days` ago. */
  async function noShow(client: ClientEntity, days: number, token = tokens.counselorA) {
    const draft = await start(client.id, token, { sessionDate: daysAgo(days) });
    return sign(
      await save(
        dapDraft(draft, [], {
          startTime: null,
          durationMinutes: null,
          modality: null,
          attendance: 'NO_SHOW',
          sections: [{ key: 'plan', text: 'Called the client the same afternoon; left a message offering Thursday.' }],
        }),
        token,
      ),
      token,
    );
  }

  /** The stored note, its objective links and addenda, to compare before and after a refused write. */
  async function stored(noteId: string) {
    const [row] = await t.dataSource.query(`SELECT * FROM progress_note WHERE id = $1`, [noteId]);
    const links = await t.dataSource.query(`SELECT * FROM progress_note_objective WHERE note_id = $1 ORDER BY position`, [noteId]);
    const addenda = await t.dataSource.query(`SELECT * FROM progress_note_addendum WHERE note_id = $1 ORDER BY signed_at`, [noteId]);
    return { row, links, addenda };
  }

  const writesOf = (entityId: string) =>
    t.dataSource.getRepository(AuditEventEntity).find({ where: { entityId, action: Not(AuditAction.READ) }, order: { id: 'ASC' } });
  const rowsOfRequest = (requestId: string) => t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId }, order: { id: 'ASC' } });

  async function consent(client: ClientEntity, scopes: ConsentScope[]): Promise<ConsentEntity> {
    return t.dataSource.getRepository(ConsentEntity).save({
      organizationId,
      clientId: client.id,
      recipientKind: ConsentRecipientKind.PEER_SUPPORT_TEAM,
      recipientMemberId: null,
      recipientOrganization: null,
      scopes,
      purpose: 'Coordinate peer recovery support',
      effectiveOn: daysAgo(10),
      expiresOn: null,
      revokedAt: null,
      recordedById: counselorA.id,
    });
  }

  it('writes a DAP note linked to two objectives, signs it, adds an addendum, and audits every step with the fields touched', async () => {
    const client = await clientOf(counselorA);
    const { plan, meetings, cravings } = await withPlan(client, counselorA);

    const draft = await start(client.id);
    expect(draft).toMatchObject({ status: 'DRAFT', format: 'DAP', attendance: 'ATTENDED', version: 1, author: { id: counselorA.id }, client: { id: client.id } });
    expect(draft.sections.map((s) => [s.key, s.label, s.text])).toEqual([
      ['data', 'Data', ''],
      ['assessment', 'Assessment', ''],
      ['plan', 'Plan', ''],
    ]);

    const links = [
      { carePlanId: plan.id, objectiveId: meetings.id, progress: 'SOME_PROGRESS', interventionIds: [meetings.interventions[0]!.id] },
      { carePlanId: plan.id, objectiveId: cravings.id, progress: 'NO_PROGRESS', interventionIds: [] },
    ];
    const saved = await save(dapDraft(draft, links));
    expect(saved.version).toBe(2);
    expect(saved).toMatchObject({ startTime: '10:00', durationMinutes: 50, modality: 'CBT' });
    expect(saved.sections.map((s) => s.text)).toEqual(DAP_SECTIONS.map((s) => s.text));
    expect(saved.objectives).toEqual([
      {
        carePlanId: plan.id,
        objectiveId: meetings.id,
        objectiveDescription: meetings.description,
        progress: 'SOME_PROGRESS',
        interventions: [{ id: meetings.interventions[0]!.id, description: 'Relapse prevention group' }],
      },
      { carePlanId: plan.id, objectiveId: cravings.id, objectiveDescription: cravings.description, progress: 'NO_PROGRESS', interventions: [] },
    ]);

    // Only the length changes: the audit row names that field alone, not the untouched sections or links.
    const resaved = await save(dapDraft(saved, links, { durationMinutes: 55 }));
    expect(resaved.version).toBe(3);

    const signed = await sign(resaved);
    expect(signed).toMatchObject({ status: 'SIGNED', cosignatureRequired: false, awaitingCosignature: false, cosignedAt: null });
    expect(signed.signedAt).not.toBeNull();

    const withAddendum = await ok<Note>(
      'addProgressNoteAddendum',
      ADDENDUM,
      { input: { noteId: signed.id, text: '  Client called afterwards: attended one meeting the same evening.  ' } },
      tokens.counselorA,
    );
    expect(withAddendum.addenda).toHaveLength(1);
    expect(withAddendum.addenda[0]).toMatchObject({ text: 'Client called afterwards: attended one meeting the same evening.', author: { id: counselorA.id } });
    expect(withAddendum.sections).toEqual(signed.sections);

    const writes = await writesOf(draft.id);
    expect(writes.map((w) => [w.action, w.entityType, w.actorId, w.fields])).toEqual([
      [AuditAction.CREATE, 'ProgressNote', counselorA.id, ['format', 'sessionType', 'sessionDate', 'attendance']],
      [AuditAction.UPDATE, 'ProgressNote', counselorA.id, ['startTime', 'durationMinutes', 'modality', 'sections', 'objectives']],
      [AuditAction.UPDATE, 'ProgressNote', counselorA.id, ['durationMinutes']],
      [AuditAction.UPDATE, 'ProgressNote', counselorA.id, ['status', 'signedAt', 'cosignatureRequired']],
    ]);
    const addendumWrites = await writesOf(withAddendum.addenda[0]!.id);
    expect(addendumWrites.map((w) => [w.action, w.entityType, w.fields])).toEqual([[AuditAction.CREATE, 'ProgressNoteAddendum', ['noteId', 'body']]]);
  });

  it('records a READ row for each note progressNotes lists and for the note progressNote opens', async () => {
    const client = await clientOf(counselorA);
    const first = await signedDap(client, tokens.counselorA, [], 3);
    const second = await signedDap(client, tokens.counselorA, [], 2);

    const listRequest = `pn-list-${randomUUID()}`;
    const list = await t.gql<{ progressNotes: Note[] }>(LIST, { clientId: client.id }, tokens.counselorA, listRequest);
    expect(list.errors).toBeUndefined();
    expect(list.data!.progressNotes.map((n) => n.id)).toEqual([second.id, first.id]);
    const listRows = await rowsOfRequest(listRequest);
    expect(listRows.filter((r) => r.entityType === 'ProgressNote').map((r) => [r.action, r.entityId, r.actorId]).sort()).toEqual(
      [
        [AuditAction.READ, first.id, counselorA.id],
        [AuditAction.READ, second.id, counselorA.id],
      ].sort(),
    );
    expect(listRows.some((r) => r.entityType === 'Client' && r.entityId === client.id && r.action === AuditAction.READ)).toBe(true);

    const oneRequest = `pn-one-${randomUUID()}`;
    const one = await t.gql<{ progressNote: Note }>(ONE, { noteId: first.id }, tokens.counselorA, oneRequest);
    expect(one.errors).toBeUndefined();
    const oneRows = await rowsOfRequest(oneRequest);
    expect(oneRows.filter((r) => r.entityType === 'ProgressNote').map((r) => [r.action, r.entityId])).toEqual([[AuditAction.READ, first.id]]);
  });

  it('refuses every edit of a signed note with CONFLICT and changes nothing; the database refuses it too, but takes a co-signature', async () => {
    const client = await clientOf(counselorA);
    const { plan, meetings } = await withPlan(client, counselorA);
    const signed = await signedDap(client, tokens.counselorA, [{ carePlanId: plan.id, objectiveId: meetings.id, progress: 'MET', interventionIds: [] }]);
    const before = await stored(signed.id);
    expect(before.row.status).toBe('SIGNED');
    expect(before.links).toHaveLength(1);

    const edit = await t.gql(SAVE, { input: dapDraft(signed, [], { sections: [{ key: 'data', text: 'Rewritten after the fact.' }] }) }, tokens.counselorA);
    expect(codeOf(edit)).toBe('CONFLICT');
    expect(edit.errors![0]!.message).toMatch(/locked.*Add an addendum instead/);
    expect(codeOf(await t.gql(SIGN, { noteId: signed.id, expectedVersion: signed.version }, tokens.counselorA))).toBe('CONFLICT');
    expect(codeOf(await t.gql(DISCARD, { noteId: signed.id, expectedVersion: signed.version }, tokens.counselorA))).toBe('CONFLICT');
    // The supervisor may change the client's record, but not a signed note either.
    expect(codeOf(await t.gql(SAVE, { input: dapDraft(signed) }, tokens.supervisor))).toBe('CONFLICT');
    expect(await stored(signed.id)).toEqual(before);
    expect((await ok<Note>('progressNote', ONE, { noteId: signed.id }, tokens.counselorA)).version).toBe(signed.version);

    // Straight SQL cannot do it either.
    await expect(t.dataSource.query(`UPDATE progress_note SET sections = '{"data":"changed"}' WHERE id = $1`, [signed.id])).rejects.toThrow(/is signed/);
    await expect(t.dataSource.query(`UPDATE progress_note SET attendance = 'NO_SHOW' WHERE id = $1`, [signed.id])).rejects.toThrow(/is signed/);
    await expect(t.dataSource.query(`UPDATE progress_note SET status = 'DRAFT', signed_at = NULL WHERE id = $1`, [signed.id])).rejects.toThrow(/is signed/);
    await expect(t.dataSource.query(`DELETE FROM progress_note WHERE id = $1`, [signed.id])).rejects.toThrow(/cannot be deleted/);
    await expect(t.dataSource.query(`UPDATE progress_note_objective SET progress = 'REGRESSED' WHERE note_id = $1`, [signed.id])).rejects.toThrow(/cannot change/);
    await expect(t.dataSource.query(`DELETE FROM progress_note_objective WHERE note_id = $1`, [signed.id])).rejects.toThrow(/cannot change/);
    expect(await stored(signed.id)).toEqual(before);

    // An addendum, once added, is never changed.
    const added = await ok<Note>('addProgressNoteAddendum', ADDENDUM, { input: { noteId: signed.id, text: 'Correction: the session was 55 minutes.' } }, tokens.counselorA);
    await expect(t.dataSource.query(`UPDATE progress_note_addendum SET body = 'nothing' WHERE id = $1`, [added.addenda[0]!.id])).rejects.toThrow(/cannot be changed/);
    await expect(t.dataSource.query(`DELETE FROM progress_note_addendum WHERE id = $1`, [added.addenda[0]!.id])).rejects.toThrow(/cannot be changed/);

    // The one update a signed note takes: a co-signature, once.
    const needsCosign = await signedDap(await clientOf(associate), tokens.associate);
    await expect(t.dataSource.query(`UPDATE progress_note SET sections = '{}' WHERE id = $1`, [needsCosign.id])).rejects.toThrow(/is signed/);
    await t.dataSource.query(`UPDATE progress_note SET cosigned_at = now(), cosigned_by_id = $2 WHERE id = $1`, [needsCosign.id, supervisor.id]);
    const [cosigned] = await t.dataSource.query(`SELECT cosigned_by_id FROM progress_note WHERE id = $1`, [needsCosign.id]);
    expect(cosigned.cosigned_by_id).toBe(supervisor.id);
    await expect(
      t.dataSource.query(`UPDATE progress_note SET cosigned_at = now(), cosigned_by_id = $2 WHERE id = $1`, [needsCosign.id, otherSupervisor.id]),
    ).rejects.toThrow(/is signed/);
  });

  it("lets the deletion of a client take their signed notes, objective links and addenda with it (the lock's one exception)", async () => {
    const client = await clientOf(counselorA);
    const { plan, meetings } = await withPlan(client, counselorA);
    const signed = await signedDap(client, tokens.counselorA, [{ carePlanId: plan.id, objectiveId: meetings.id, progress: 'MET', interventionIds: [] }]);
    await ok<Note>('addProgressNoteAddendum', ADDENDUM, { input: { noteId: signed.id, text: 'Late entry: urine screen negative.' } }, tokens.counselorA);
    // The plan a note cites cannot go on its own.
    await expect(t.dataSource.query(`DELETE FROM care_plan WHERE id = $1`, [plan.id])).rejects.toThrow(/progress_note_objective_care_plan_id_fkey/);
    await t.dataSource.query(`DELETE FROM client WHERE id = $1`, [client.id]);
    expect(await stored(signed.id)).toEqual({ row: undefined, links: [], addenda: [] });
  });

  it('hides notes of another caseload’s client as NOT_FOUND, and another counselor’s draft even on the same client', async () => {
    const theirs = await clientOf(counselorB);
    const theirNote = await signedDap(theirs, tokens.counselorB);
    for (const res of [
      await t.gql(ONE, { noteId: theirNote.id }, tokens.counselorA),
      await t.gql(LIST, { clientId: theirs.id }, tokens.counselorA),
      await t.gql(START, { input: { clientId: theirs.id, format: 'DAP', sessionType: 'INDIVIDUAL' } }, tokens.counselorA),
      await t.gql(ADDENDUM, { input: { noteId: theirNote.id, text: 'Not mine to add.' } }, tokens.counselorA),
      await t.gql(COSIGN, { noteId: theirNote.id }, tokens.supervisor),
      await t.gql(ONE, { noteId: randomUUID() }, tokens.counselorA),
    ]) {
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data ?? null).toBeNull();
    }
    expect((await stored(theirNote.id)).addenda).toEqual([]);

    // Two counselors share a client: each one's draft is theirs alone, and so is the supervisor's view.
    const shared = await clientOf(counselorA);
    await f.assign(shared, counselorA2, CareTeamRole.COUNSELOR);
    const draft = await save(dapDraft(await start(shared.id), [], { durationMinutes: 45 }));
    const before = await stored(draft.id);
    for (const token of [tokens.counselorA2, tokens.supervisor]) {
      expect(codeOf(await t.gql(ONE, { noteId: draft.id }, token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(SAVE, { input: dapDraft(draft) }, token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(SIGN, { noteId: draft.id, expectedVersion: draft.version }, token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(DISCARD, { noteId: draft.id, expectedVersion: draft.version }, token))).toBe('NOT_FOUND');
      const list = await ok<Note[]>('progressNotes', LIST, { clientId: shared.id }, token);
      expect(list.map((n) => n.id)).not.toContain(draft.id);
    }
    expect(await stored(draft.id)).toEqual(before);
    expect((await ok<Note[]>('progressNotes', LIST, { clientId: shared.id }, tokens.counselorA)).map((n) => n.id)).toEqual([draft.id]);
  });

  it('shows a peer worker no notes without a consent, and the signed notes under a consent naming the peer team, recording the disclosure', async () => {
    const client = await clientOf(counselorA, { withPeer: true });
    const signed = await signedDap(client);
    const draft = await start(client.id);

    const refused = await t.gql(LIST, { clientId: client.id }, tokens.peer);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data ?? null).toBeNull();
    expect(codeOf(await t.gql(ONE, { noteId: signed.id }, tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(START, { input: { clientId: client.id, format: 'DAP', sessionType: 'INDIVIDUAL' } }, tokens.peer))).toBe('FORBIDDEN');

    // A consent for other information does not cover notes.
    await consent(client, [ConsentScope.CARE_PLAN, ConsentScope.ATTENDANCE]);
    expect(codeOf(await t.gql(LIST, { clientId: client.id }, tokens.peer))).toBe('FORBIDDEN');
    const noDisclosures = await t.dataSource.query(`SELECT 1 FROM disclosure WHERE client_id = $1 AND information_kind = 'PROGRESS_NOTES'`, [client.id]);
    expect(noDisclosures).toEqual([]);

    const covering = await consent(client, [ConsentScope.PROGRESS_NOTES]);
    const requestId = `pn-peer-${randomUUID()}`;
    const shown = await t.gql<{ progressNotes: Note[] }>(LIST, { clientId: client.id }, tokens.peer, requestId);
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.progressNotes.map((n) => n.id)).toEqual([signed.id]);
    expect(shown.data!.progressNotes.map((n) => n.id)).not.toContain(draft.id);
    const disclosures = await t.dataSource.query(
      `SELECT consent_id, recipient_staff_id, information_kind FROM disclosure WHERE client_id = $1 AND request_id = $2`,
      [client.id, requestId],
    );
    expect(disclosures).toEqual([{ consent_id: covering.id, recipient_staff_id: peer.id, information_kind: 'PROGRESS_NOTES' }]);
    expect((await ok<Note>('progressNote', ONE, { noteId: signed.id }, tokens.peer)).id).toBe(signed.id);
    // Still read-only for the peer.
    expect(codeOf(await t.gql(ADDENDUM, { input: { noteId: signed.id, text: 'Peer note.' } }, tokens.peer))).toBe('FORBIDDEN');
  });

  it("refuses a link to another client's plan, an unknown objective, or an intervention not under the objective, saving nothing", async () => {
    const client = await clientOf(counselorA);
    const { plan, meetings, cravings } = await withPlan(client, counselorA);
    const other = await clientOf(counselorA);
    const { plan: otherPlan, meetings: otherMeetings } = await withPlan(other, counselorA);
    const draft = await save(dapDraft(await start(client.id), [{ carePlanId: plan.id, objectiveId: meetings.id, progress: 'SOME_PROGRESS', interventionIds: [] }]));
    const before = await stored(draft.id);

    const attempts: Array<[unknown, string]> = [
      [{ carePlanId: otherPlan.id, objectiveId: otherMeetings.id, progress: 'MET', interventionIds: [] }, 'objectives.0.carePlanId'],
      [{ carePlanId: randomUUID(), objectiveId: meetings.id, progress: 'MET', interventionIds: [] }, 'objectives.0.carePlanId'],
      [{ carePlanId: plan.id, objectiveId: 'obj-no-such-objective', progress: 'MET', interventionIds: [] }, 'objectives.0.objectiveId'],
      [{ carePlanId: plan.id, objectiveId: meetings.id, progress: 'MET', interventionIds: [cravings.interventions[0]!.id] }, 'objectives.0.interventionIds'],
    ];
    for (const [link, field] of attempts) {
      const res = await t.gql(SAVE, { input: dapDraft(draft, [link], { durationMinutes: 30 }) }, tokens.counselorA);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(problemsOf(res).map((p) => p.field)).toEqual([field]);
    }
    expect(await stored(draft.id)).toEqual(before);
    expect(await t.dataSource.query(`SELECT 1 FROM progress_note_objective WHERE care_plan_id = $1`, [otherPlan.id])).toEqual([]);
  });

  it('refuses an objective listed twice, a section the format does not have, and a session in the future', async () => {
    const client = await clientOf(counselorA);
    const { plan, meetings } = await withPlan(client, counselorA);
    const draft = await start(client.id);
    const link = { carePlanId: plan.id, objectiveId: meetings.id, progress: 'MET', interventionIds: [] };

    const twice = await t.gql(SAVE, { input: dapDraft(draft, [link, { ...link, progress: 'REGRESSED' }]) }, tokens.counselorA);
    expect(problemsOf(twice).map((p) => p.field)).toEqual(['objectives.1.objectiveId']);
    const foreignSection = await t.gql(SAVE, { input: dapDraft(draft, [], { sections: [...DAP_SECTIONS, { key: 'subjective', text: 'x' }] }) }, tokens.counselorA);
    expect(problemsOf(foreignSection).map((p) => p.field)).toEqual(['sections.3.key']);
    const future = await t.gql(SAVE, { input: dapDraft(draft, [], { sessionDate: daysAgo(-1) }) }, tokens.counselorA);
    expect(problemsOf(future).map((p) => p.field)).toEqual(['sessionDate']);
    expect((await stored(draft.id)).row.version).toBe(draft.version);

    const startFuture = await t.gql(START, { input: { clientId: client.id, format: 'DAP', sessionType: 'INDIVIDUAL', sessionDate: daysAgo(-1) } }, tokens.counselorA);
    expect(codeOf(startFuture)).toBe('BAD_USER_INPUT');
    expect(problemsOf(startFuture).map((p) => p.field)).toEqual(['sessionDate']);
  });

  it("signs what the note's final format holds: a draft switched from DAP to BIRP keeps only the BIRP sections", async () => {
    const client = await clientOf(counselorA);
    const dap = await save(dapDraft(await start(client.id)));
    const birp = await save({
      ...dapDraft(dap),
      format: 'BIRP',
      sections: [
        { key: 'behavior', text: 'Restless, then settled.' },
        { key: 'intervention', text: 'Motivational interviewing on the evening routine.' },
        { key: 'response', text: 'Named two changes to try.' },
        { key: 'plan', text: 'Review the routine next week.' },
      ],
    });
    const signed = await sign(birp);
    expect(signed.sections.map((s) => s.key)).toEqual(['behavior', 'intervention', 'response', 'plan']);
    expect(Object.keys((await stored(signed.id)).row.sections).sort()).toEqual(['behavior', 'intervention', 'plan', 'response']);
  });

  it('names what is missing when an incomplete note is signed, and signs a no-show with only its plan', async () => {
    const client = await clientOf(counselorA);
    const draft = await save(dapDraft(await start(client.id), [], { startTime: null, durationMinutes: null, sections: [{ key: 'data', text: 'Client present.' }] }));
    const res = await t.gql(SIGN, { noteId: draft.id, expectedVersion: draft.version }, tokens.counselorA);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res).map((p) => p.field)).toEqual(['startTime', 'durationMinutes', 'sections.assessment', 'sections.plan']);
    const after = await ok<Note>('progressNote', ONE, { noteId: draft.id }, tokens.counselorA);
    expect(after).toMatchObject({ status: 'DRAFT', version: draft.version, signedAt: null });

    const missed = await noShow(client, 2);
    expect(missed).toMatchObject({ status: 'SIGNED', attendance: 'NO_SHOW', startTime: null, durationMinutes: null });
    expect(missed.sections.map((s) => [s.key, s.text])).toEqual([
      ['data', ''],
      ['assessment', ''],
      ['plan', 'Called the client the same afternoon; left a message offering Thursday.'],
    ]);
    // Signing fills in the sections left unwritten, and says so.
    expect((await writesOf(missed.id)).at(-1)?.fields).toEqual(['status', 'signedAt', 'cosignatureRequired', 'sections']);
  });

  it("puts a signed note of staff who need co-signature in their supervisor's queue until that supervisor co-signs it, once", async () => {
    const client = await clientOf(associate);
    const draft = await start(client.id, tokens.associate, { format: 'SOAP' });
    const soap = await save(
      {
        ...dapDraft(draft),
        format: 'SOAP',
        sections: [
          { key: 'subjective', text: 'Reports sleeping better; one craving episode on Saturday.' },
          { key: 'objective', text: 'Calm, good eye contact, GAD-7 score 6.' },
          { key: 'assessment', text: 'Anxiety easing; coping plan in use.' },
          { key: 'plan', text: 'Continue weekly CBT; review sleep diary next session.' },
        ],
      },
      tokens.associate,
    );
    const signed = await sign(soap, tokens.associate);
    expect(signed).toMatchObject({ status: 'SIGNED', format: 'SOAP', cosignatureRequired: true, awaitingCosignature: true, cosignedBy: null });

    const queue = await ok<Note[]>('progressNotesAwaitingCosignature', QUEUE, {}, tokens.supervisor);
    expect(queue.map((n) => n.id)).toContain(signed.id);
    expect((await ok<Note[]>('progressNotesAwaitingCosignature', QUEUE, {}, tokens.otherSupervisor)).map((n) => n.id)).not.toContain(signed.id);
    // A note of staff who need no co-signature never joins the queue.
    const plain = await signedDap(await clientOf(counselorA));
    expect(plain).toMatchObject({ cosignatureRequired: false, awaitingCosignature: false });
    expect(queue.map((n) => n.id)).not.toContain(plain.id);
    expect(codeOf(await t.gql(COSIGN, { noteId: plain.id }, tokens.supervisor))).toBe('CONFLICT');

    expect(codeOf(await t.gql(COSIGN, { noteId: signed.id }, tokens.counselorA))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(QUEUE, {}, tokens.counselorA))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(COSIGN, { noteId: signed.id }, tokens.associate))).toBe('FORBIDDEN');
    // Another supervisor does not see the associate's client at all.
    expect(codeOf(await t.gql(COSIGN, { noteId: signed.id }, tokens.otherSupervisor))).toBe('NOT_FOUND');
    expect((await stored(signed.id)).row.cosigned_at).toBeNull();

    const cosigned = await ok<Note>('cosignProgressNote', COSIGN, { noteId: signed.id }, tokens.supervisor);
    expect(cosigned).toMatchObject({ awaitingCosignature: false, cosignedBy: { id: supervisor.id } });
    expect(cosigned.cosignedAt).not.toBeNull();
    expect(cosigned.sections).toEqual(signed.sections);
    expect((await ok<Note[]>('progressNotesAwaitingCosignature', QUEUE, {}, tokens.supervisor)).map((n) => n.id)).not.toContain(signed.id);

    const twice = await t.gql(COSIGN, { noteId: signed.id }, tokens.supervisor);
    expect(codeOf(twice)).toBe('CONFLICT');
    const writes = await writesOf(signed.id);
    expect(writes.filter((w) => w.actorId === supervisor.id).map((w) => [w.action, w.entityType, w.fields])).toEqual([
      [AuditAction.UPDATE, 'ProgressNote', ['cosignedAt', 'cosignedById']],
    ]);
  });

  it('refuses to sign for staff who need co-signature but have no supervisor on record, leaving the draft as it was', async () => {
    const unsupervised = await f.staff(organizationId, StaffRole.COUNSELOR, { requiresCosignature: true });
    const token = await loginAs((q, v) => t.gql(q, v), unsupervised.email);
    const draft = await save(dapDraft(await start((await clientOf(unsupervised)).id, token)), token);
    const before = await stored(draft.id);
    const refused = await t.gql(SIGN, { noteId: draft.id, expectedVersion: draft.version }, token);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/no supervisor is on record/);
    expect(await stored(draft.id)).toEqual(before);
  });

  it('refuses an addendum on a draft, discards a draft with an audit row, and refuses a stale save', async () => {
    const client = await clientOf(counselorA);
    const { plan, meetings } = await withPlan(client, counselorA);
    const draft = await save(dapDraft(await start(client.id), [{ carePlanId: plan.id, objectiveId: meetings.id, progress: 'MET', interventionIds: [] }]));

    expect(codeOf(await t.gql(ADDENDUM, { input: { noteId: draft.id, text: 'Too early.' } }, tokens.counselorA))).toBe('CONFLICT');
    expect((await stored(draft.id)).addenda).toEqual([]);

    const stale = await t.gql(SAVE, { input: dapDraft(draft, [], { expectedVersion: draft.version - 1, durationMinutes: 20 }) }, tokens.counselorA);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await stored(draft.id)).row).toMatchObject({ version: draft.version, duration_minutes: 50 });
    expect(codeOf(await t.gql(SIGN, { noteId: draft.id, expectedVersion: draft.version - 1 }, tokens.counselorA))).toBe('CONFLICT');
    expect(codeOf(await t.gql(DISCARD, { noteId: draft.id, expectedVersion: draft.version - 1 }, tokens.counselorA))).toBe('CONFLICT');
    expect((await stored(draft.id)).row.status).toBe('DRAFT');

    const discarded = await t.gql<{ discardProgressNoteDraft: boolean }>(DISCARD, { noteId: draft.id, expectedVersion: draft.version }, tokens.counselorA);
    expect(discarded.errors).toBeUndefined();
    expect(discarded.data!.discardProgressNoteDraft).toBe(true);
    expect(await stored(draft.id)).toEqual({ row: undefined, links: [], addenda: [] });
    expect(codeOf(await t.gql(ONE, { noteId: draft.id }, tokens.counselorA))).toBe('NOT_FOUND');
    const writes = await writesOf(draft.id);
    expect(writes.map((w) => [w.action, w.entityType, w.actorId])).toEqual([
      [AuditAction.CREATE, 'ProgressNote', counselorA.id],
      [AuditAction.UPDATE, 'ProgressNote', counselorA.id],
      [AuditAction.DELETE, 'ProgressNote', counselorA.id],
    ]);
  });

  it('filters the list by objective, format and session type, newest session first', async () => {
    const client = await clientOf(counselorA);
    const { plan, meetings, cravings } = await withPlan(client, counselorA);
    const link = (objectiveId: string) => ({ carePlanId: plan.id, objectiveId, progress: 'SOME_PROGRESS', interventionIds: [] });
    const older = await signedDap(client, tokens.counselorA, [link(meetings.id)], 6);
    const group = await signedDap(client, tokens.counselorA, [link(meetings.id), link(cravings.id)], 4, { sessionType: 'GROUP' });
    const birpDraft = await start(client.id, tokens.counselorA, { format: 'BIRP', sessionType: 'FAMILY', sessionDate: daysAgo(2) });
    const birp = await sign(
      await save({
        ...dapDraft(birpDraft, [link(cravings.id)]),
        format: 'BIRP',
        sessionType: 'FAMILY',
        sections: [
          { key: 'behavior', text: 'Client and mother attended; tense at first.' },
          { key: 'intervention', text: 'Structured communication exercise.' },
          { key: 'response', text: 'Both named one thing they would do differently.' },
          { key: 'plan', text: 'Family session again in two weeks.' },
        ],
      }),
    );
    const list = (filters: Record<string, unknown>) => ok<Note[]>('progressNotes', LIST, { clientId: client.id, ...filters }, tokens.counselorA).then((notes) => notes.map((n) => n.id));

    expect(await list({})).toEqual([birp.id, group.id, older.id]);
    expect(await list({ objectiveId: meetings.id })).toEqual([group.id, older.id]);
    expect(await list({ objectiveId: cravings.id })).toEqual([birp.id, group.id]);
    expect(await list({ format: 'BIRP' })).toEqual([birp.id]);
    expect(await list({ format: 'SOAP' })).toEqual([]);
    expect(await list({ sessionType: 'GROUP' })).toEqual([group.id]);
    expect(await list({ format: 'DAP', objectiveId: cravings.id })).toEqual([group.id]);
  });

  describe('MISSED_SESSIONS', () => {
    const missedOf = async (client: ClientEntity, token = tokens.counselorA) => {
      const res = await t.gql<{ client: { riskFlags: Array<{ code: string; severity: string; reason: string }> } }>(RISK, { id: client.id }, token);
      expect(res.errors).toBeUndefined();
      return res.data!.client.riskFlags.find((flag) => flag.code === 'MISSED_SESSIONS') ?? null;
    };

    it('is raised by two no-shows in the last 30 days, with their dates, and not by one or by older ones', async () => {
      const client = await clientOf(counselorA);
      await noShow(client, 45);
      await signedDap(client, tokens.counselorA, [], 3);
      await noShow(client, 10);
      expect(await missedOf(client)).toBeNull();
      // A no-show still in its author's draft is not yet part of the record others read.
      const draft = await start(client.id, tokens.counselorA, { sessionDate: daysAgo(4) });
      await save(dapDraft(draft, [], { attendance: 'NO_SHOW', sections: [{ key: 'plan', text: 'Call tomorrow.' }] }));
      expect(await missedOf(client)).toBeNull();

      await noShow(client, 2);
      expect(await missedOf(client)).toEqual({
        code: 'MISSED_SESSIONS',
        severity: 'WARNING',
        reason: `2 no-shows in the last 30 days (${daysAgo(2)}, ${daysAgo(10)}; flags at 2)`,
      });
    });

    it("follows the program's own threshold", async () => {
      const strict = await t.dataSource.getRepository(ProgramEntity).save({
        organizationId,
        name: 'Outpatient (three no-shows)',
        defaultLevelOfCare: LevelOfCare.OUTPATIENT_1,
        riskThresholds: { noShowCount: 3 },
      });
      const client = await clientOf(counselorA, { programId: strict.id });
      await noShow(client, 2);
      await noShow(client, 9);
      expect(await missedOf(client)).toBeNull();
      await noShow(client, 20);
      expect((await missedOf(client))?.reason).toBe(`3 no-shows in the last 30 days (${daysAgo(2)}, ${daysAgo(9)}, ${daysAgo(20)}; flags at 3)`);
    });

    it('is hidden from a peer worker without a consent covering attendance', async () => {
      const client = await clientOf(counselorA, { withPeer: true });
      await noShow(client, 3);
      await noShow(client, 5);
      expect(await missedOf(client)).not.toBeNull();
      expect(await missedOf(client, tokens.peer)).toBeNull();
      await consent(client, [ConsentScope.ATTENDANCE]);
      expect((await missedOf(client, tokens.peer))?.reason).toBe(`2 no-shows in the last 30 days (${daysAgo(3)}, ${daysAgo(5)}; flags at 2)`);
    });
  });
});
