import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isCompositeType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { CareTeamRole, StaffRole } from '@carecircle/shared/domain';
import { Factory, createTestApp, loginAs, type GraphQLResponse, type TestApp } from '@carecircle/api/testing';
import { ACCESS_MATRIX, ROLES, type MatrixEntry, type Scope, type Targets } from './access-matrix.table';

/**
 * Every query and mutation in the schema × every role × a target in scope, out of scope (same
 * organization, another team) and in another organization. The table (access-matrix.table.ts) says
 * per operation which roles it is for and how to name a target; an operation without an entry fails.
 */

const REFUSED = new Set(['NOT_FOUND', 'FORBIDDEN']);

function operationsOf(schema: GraphQLSchema): Array<{ kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> {
  return [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

/** The operation with the variables given, selecting only `__typename`: access is decided before any field. */
function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const args = field.args.filter((arg) => arg.name in variables);
  const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

const codesOf = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => String(e.extensions?.['code']));

describe('access matrix', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const tokens = new Map<StaffRole, string>();
  const targets = {} as Record<Scope, Targets>;

  beforeAll(async () => {
    t = await createTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    const f = new Factory(t.dataSource);
    const gql = (q: string, v?: Record<string, unknown>, token?: string) => t.gql(q, v, token);

    // Organization A: two teams. Team 1 is "us"; team 2's people and clients are out of our scope.
    const a = await f.team();
    const admin = await f.staff(a.organization.id, StaffRole.ADMIN);
    const team2Supervisor = await f.staff(a.organization.id, StaffRole.SUPERVISOR);
    const team2Counselor = await f.staff(a.organization.id, StaffRole.COUNSELOR, { supervisorId: team2Supervisor.id });
    const team2Peer = await f.staff(a.organization.id, StaffRole.PEER_SUPPORT, { supervisorId: team2Supervisor.id });
    // Staff records that tests may change (deactivate, edit) without losing a signed-in person.
    const team1Spare = await f.staff(a.organization.id, StaffRole.COUNSELOR, { supervisorId: a.supervisor.id });
    const b = await f.team();

    const world = async (
      organizationId: string,
      programId: string,
      counselor: { id: string; email: string },
      peer: { id: string; email: string },
      staffId: string,
    ): Promise<Targets> => {
      const client = await f.client(organizationId, programId);
      await f.assign(client, counselor as never, CareTeamRole.COUNSELOR);
      await f.assign(client, peer as never, CareTeamRole.PEER_SUPPORT);
      const plan = await f.activeCarePlan(client, counselor as never, counselor as never, { problems: [] });
      const diagnosis = await f.diagnosis(client, counselor as never, 'F10.20');
      const token = await loginAs(gql, counselor.email);
      const note = await gql(
        'mutation($input: StartProgressNoteInput!) { startProgressNote(input: $input) { id } }',
        { input: { clientId: client.id, format: 'DAP', sessionType: 'INDIVIDUAL' } },
        token,
      );
      const member = await gql(
        'mutation($input: AddSupportNetworkMemberInput!) { addSupportNetworkMember(input: $input) { id } }',
        { input: { clientId: client.id, name: 'Synthetic Relative', relationship: 'FRIEND', stance: 'SUPPORTIVE' } },
        token,
      );
      const consent = await gql(
        'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
        {
          input: {
            clientId: client.id,
            effectiveOn: '2026-09-01',
            signedOn: '2026-09-01',
            purpose: 'Coordination of care',
            recipientKind: 'PEER_SUPPORT_TEAM',
            scopes: ['ATTENDANCE'],
          },
        },
        token,
      );
      const contact = await gql(
        'mutation($input: LogPeerContactInput!) { logPeerContact(input: $input) { id } }',
        { input: { clientId: client.id, durationMinutes: 15, mode: 'PHONE', practicalHelp: [], supportTypes: ['EMOTIONAL'] } },
        await loginAs(gql, peer.email),
      );
      return {
        clientId: client.id,
        consentId: (consent.data as { recordConsent?: { id: string } } | null)?.recordConsent?.id ?? missing('consent', consent),
        peerContactId: (contact.data as { logPeerContact?: { id: string } } | null)?.logPeerContact?.id ?? missing('peer contact', contact),
        planId: plan.id,
        diagnosisId: diagnosis.id,
        noteId: (note.data as { startProgressNote?: { id: string } } | null)?.startProgressNote?.id ?? missing('progress note', note),
        memberId: (member.data as { addSupportNetworkMember?: { id: string } } | null)?.addSupportNetworkMember?.id ?? missing('support network member', member),
        staffId,
        programId,
      };
    };
    targets.inScope = await world(a.organization.id, a.program.id, a.counselor, a.peer, team1Spare.id);
    targets.outOfScope = await world(a.organization.id, a.program.id, team2Counselor, team2Peer, team2Counselor.id);
    targets.otherOrg = await world(b.organization.id, b.program.id, b.counselor, b.peer, b.counselor.id);

    for (const [role, person] of [
      [StaffRole.COUNSELOR, a.counselor],
      [StaffRole.SUPERVISOR, a.supervisor],
      [StaffRole.PEER_SUPPORT, a.peer],
      [StaffRole.ADMIN, admin],
    ] as const) {
      tokens.set(role, await loginAs(gql, person.email));
    }
  });
  afterAll(() => t.close());

  function call(name: string, scope: Scope, role: StaffRole) {
    const op = operationsOf(schema).find((o) => o.field.name === name);
    const entry = ACCESS_MATRIX[name];
    if (!op || !entry) throw new Error(`no operation or entry ${name}`);
    const variables = entry.vars ? entry.vars(targets[scope]) : {};
    return t.gql(documentFor(op.kind, op.field, variables), variables, tokens.get(role));
  }

  /** Runs queries before mutations, so a write in one check cannot change what a read sees; restrictions last of all. */
  function entries(): Array<[string, MatrixEntry]> {
    const ops = operationsOf(schema);
    const rank = (o: { kind: string; field: { name: string } }) => (ACCESS_MATRIX[o.field.name]?.runLast ? 2 : o.kind === 'query' ? 0 : 1);
    return ops
      .filter((o) => ACCESS_MATRIX[o.field.name])
      .sort((x, y) => rank(x) - rank(y))
      .map((o) => [o.field.name, ACCESS_MATRIX[o.field.name] as MatrixEntry]);
  }

  it('has an entry for every query and mutation in the schema', () => {
    const missingEntries = operationsOf(schema)
      .map((o) => o.field.name)
      .filter((name) => !ACCESS_MATRIX[name])
      .map((name) => `new operation ${name} has no access-matrix entry (access-matrix.table.ts)`);
    expect(missingEntries).toEqual([]);
    const stale = Object.keys(ACCESS_MATRIX).filter((name) => !operationsOf(schema).some((o) => o.field.name === name));
    expect(stale).toEqual([]);
  });

  it('answers FORBIDDEN, with no data, to every role an operation is not for', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [name, entry] of entries()) {
      if (entry.roles === 'public' || entry.roles === 'every role') continue;
      // The calls of one operation go together: refused calls change nothing, so their order does not matter.
      const roles = ROLES.filter((r) => !(entry.roles as StaffRole[]).includes(r));
      const answers = await Promise.all(roles.map((role) => call(name, 'inScope', role)));
      answers.forEach((res, i) => {
        checked++;
        const data = (res.data as Record<string, unknown> | null | undefined)?.[name];
        if (!codesOf(res).includes('FORBIDDEN') || (data !== null && data !== undefined)) {
          failures.push(`${name} as ${roles[i]}: ${JSON.stringify(codesOf(res))} data=${JSON.stringify(data)}`);
        }
      });
    }
    expect(failures).toEqual([]);
    // The matrix really ran: a table that named no targets would pass with nothing checked.
    expect(checked).toBeGreaterThan(60);
  });

  it('refuses (NOT_FOUND or FORBIDDEN), with no data, a target out of scope or in another organization', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [name, entry] of entries()) {
      if (entry.target === 'none') continue;
      const roles = entry.roles === 'public' ? [] : entry.roles === 'every role' ? ROLES : entry.roles;
      const cases = roles.flatMap((role) => (entry.orgWide?.includes(role) ? ['otherOrg' as const] : (['outOfScope', 'otherOrg'] as const)).map((scope) => ({ role, scope })));
      const answers = await Promise.all(cases.map(({ role, scope }) => call(name, scope, role)));
      answers.forEach((res, i) => {
        checked++;
        const data = (res.data as Record<string, unknown> | null | undefined)?.[name];
        if (!codesOf(res).some((code) => REFUSED.has(code)) || (data !== null && data !== undefined)) {
          failures.push(`${name} as ${cases[i]?.role}, ${cases[i]?.scope}: ${JSON.stringify(codesOf(res))} data=${JSON.stringify(data)}`);
        }
      });
    }
    expect(failures).toEqual([]);
    // The matrix really ran: a table that named no targets would pass with nothing checked.
    expect(checked).toBeGreaterThan(100);
  });

  it('does not refuse an in-scope call by a role the operation is for', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [name, entry] of entries()) {
      if (entry.roles === 'public' || entry.endsSession) continue;
      for (const role of entry.roles === 'every role' ? ROLES : entry.roles) {
        if (entry.mayRefuseInScope?.includes(role)) continue;
        const res = await call(name, 'inScope', role);
        checked++;
        const refused = codesOf(res).filter((code) => REFUSED.has(code) || code === 'UNAUTHENTICATED' || code === 'INTERNAL_SERVER_ERROR');
        if (refused.length > 0) failures.push(`${name} as ${role}: ${JSON.stringify(res.errors?.map((e) => `${String(e.extensions?.['code'])} ${e.message}`))}`);
      }
    }
    expect(failures).toEqual([]);
    // The matrix really ran: a table that named no targets would pass with nothing checked.
    expect(checked).toBeGreaterThan(100);
  });
});

function missing(what: string, res: GraphQLResponse<unknown>): never {
  throw new Error(`could not create the ${what} for the matrix: ${JSON.stringify(res.errors)}`);
}
