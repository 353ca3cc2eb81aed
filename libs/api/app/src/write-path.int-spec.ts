import { randomUUID } from 'node:crypto';
import { AuditAction, AuditEntityType, AuditOutcome, CareTeamRole, StaffRole } from '@carecircle/shared/domain';
import { AuditEventEntity, WritePath } from '@carecircle/api/audit';
import { ClientEntity } from '@carecircle/api/clients';
import { RequestContext, WriteOutsideWritePathError, readOnlyManager, type StaffPrincipal } from '@carecircle/api/platform';
import { Factory, codeOf, createTestApp, loginAs, type TestApp } from '@carecircle/api/testing';

const PAGE = `query($limit: Int) {
  clients(limit: $limit) {
    total
    items { id firstName careTeam { role } lastCheckInAt checkInSchedule levelOfCareHistory { toLevel } diagnoses { icd10Code } dualDiagnosis latestMeasures { instrument } supportNetwork { id } lastPeerContactOn currentCarePlan { id } carePlanStatus riskFlags { code } highestRiskSeverity consents { id } familyEngagementEvents { id } lastMilestone { code } }
  }
}`;

describe('the one write path and the read audit', () => {
  let t: TestApp;
  let f: Factory;
  let counselorToken: string;
  let counselor: StaffPrincipal;
  let otherCaseloadClient: ClientEntity;
  let ownClient: ClientEntity;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factory(t.dataSource);
    const { organization, program, counselor: staff } = await f.team();
    const colleague = await f.staff(organization.id, StaffRole.COUNSELOR);
    for (let i = 0; i < 100; i++) {
      const client = await f.client(organization.id, program.id);
      await f.assign(client, staff, CareTeamRole.COUNSELOR);
      if (i === 0) ownClient = client;
    }
    otherCaseloadClient = await f.client(organization.id, program.id);
    await f.assign(otherCaseloadClient, colleague, CareTeamRole.COUNSELOR);
    counselorToken = await loginAs(t.gql, staff.email);
    counselor = {
      id: staff.id,
      organizationId: organization.id,
      role: StaffRole.COUNSELOR,
      email: staff.email,
      displayName: staff.displayName,
      tokenId: randomUUID(),
      tokenExpiresAt: new Date(Date.now() + 60_000),
    };
  });
  afterAll(() => t.close());

  const auditOf = (requestId: string) => t.dataSource.getRepository(AuditEventEntity).find({ where: { requestId } });

  const gqlWithRequestId = (query: string, variables: Record<string, unknown>, requestId: string) => t.gql(query, variables, counselorToken, requestId);

  it('writes the read audit of a page of 100 clients, with every per-client field, in one statement: one row per client', async () => {
    t.queries.reset();
    const res = await gqlWithRequestId(PAGE, { limit: 100 }, 'write-path-page-100');
    expect(res.errors).toBeUndefined();
    const items = (res.data?.['clients'] as { items: Array<{ id: string }> }).items;
    expect(items).toHaveLength(100);
    const auditInserts = t.queries.statements.filter((q) => /INSERT INTO "?audit_event"?/.test(q));
    expect(auditInserts).toHaveLength(1);
    const rows = await auditOf('write-path-page-100');
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.entityId))).toEqual(new Set(items.map((c) => c.id)));
    expect(rows.every((r) => r.action === AuditAction.READ && r.entityType === AuditEntityType.CLIENT && r.outcome === AuditOutcome.ALLOWED)).toBe(true);
  });

  it('leaves a DENIED row for a refused client(id), for another caseload and an unknown id alike', async () => {
    for (const id of [otherCaseloadClient.id, randomUUID()]) {
      const requestId = `write-path-denied-${id.slice(0, 8)}`;
      const res = await gqlWithRequestId('query($id: ID!) { client(id: $id) { id } }', { id }, requestId);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const rows = await auditOf(requestId);
      expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.outcome, r.actorId])).toEqual([
        [AuditAction.READ, AuditEntityType.CLIENT, id, AuditOutcome.DENIED, counselor.id],
      ]);
    }
  });

  it('keeps the DENIED row of a refused mutation, which rolls back', async () => {
    const res = await gqlWithRequestId(
      'mutation($input: DischargeClientInput!) { dischargeClient(input: $input) { id } }',
      { input: { clientId: otherCaseloadClient.id, expectedVersion: 1, dischargeDate: '2026-10-01', reason: 'TREATMENT_COMPLETED' } },
      'write-path-denied-write',
    );
    expect(codeOf(res as never)).toBe('NOT_FOUND');
    const rows = await auditOf('write-path-denied-write');
    expect(rows.map((r) => [r.entityId, r.outcome])).toEqual([[otherCaseloadClient.id, AuditOutcome.DENIED]]);
  });

  it('rolls a failed write back whole: no data and no ALLOWED audit rows, read or write', async () => {
    const writePath = t.app.get(WritePath);
    const ctx = new RequestContext(counselor, 'write-path-failed-write', '127.0.0.1', 'jest', null, readOnlyManager(t.dataSource.manager));
    await expect(
      writePath.run(ctx, async (write) => {
        await write.manager.getRepository(ClientEntity).update({ id: ownClient.id }, { firstName: 'Partially-Written' });
        write.recordWrite(AuditAction.UPDATE, AuditEntityType.CLIENT, [ownClient.id], ['firstName']);
        write.recordRead(AuditEntityType.CLIENT, [ownClient.id]);
        throw new Error('the rest of the mutation failed');
      }),
    ).rejects.toThrow('the rest of the mutation failed');
    const client = await t.dataSource.getRepository(ClientEntity).findOneByOrFail({ id: ownClient.id });
    expect(client.firstName).toBe(ownClient.firstName);
    expect(await auditOf('write-path-failed-write')).toEqual([]);
    expect(ctx.isWriting()).toBe(false);
  });

  it('refuses a write through a request outside the write path, and writes nothing', async () => {
    const ctx = new RequestContext(counselor, 'write-path-outside', null, null, null, readOnlyManager(t.dataSource.manager));
    const clients = ctx.manager.getRepository(ClientEntity);
    await expect(async () => clients.update({ id: ownClient.id }, { firstName: 'Sneaky' })).rejects.toThrow(WriteOutsideWritePathError);
    await expect(async () => ctx.manager.query('UPDATE client SET first_name = $1 WHERE id = $2', ['Sneaky', ownClient.id])).rejects.toThrow(
      WriteOutsideWritePathError,
    );
    await expect(async () =>
      ctx.manager.createQueryBuilder().update(ClientEntity).set({ firstName: 'Sneaky' }).where('id = :id', { id: ownClient.id }).execute(),
    ).rejects.toThrow(WriteOutsideWritePathError);
    await expect(async () => clients.createQueryBuilder('c').where('c.id = :id', { id: ownClient.id }).delete().execute()).rejects.toThrow(
      WriteOutsideWritePathError,
    );
    expect(() => ctx.asWrite('SomeResolver.someMutation')).toThrow(/decorate the mutation with @Transaction\(\)/);
    // Reads work as before.
    expect((await clients.findOneByOrFail({ id: ownClient.id })).firstName).toBe(ownClient.firstName);
  });
});
