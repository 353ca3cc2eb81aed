import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the support-system dimensions (issue 14), checked on 10,000 clients: each
 * episode's facts at the landmark are one probe of its client's rows, and these make the probes of
 * network members and peer contacts index-only (as check_in_client_time_covering_idx does for
 * check-ins) instead of a bitmap heap visit per episode — the largest team's grouping went from
 * ~75 ms to ~20 ms (members) and ~37 ms to ~25 ms (peer contacts). Same leading keys, so every
 * other reader of the old indexes uses these.
 */
export class SupportSystemIndexes1765000000000 implements MigrationInterface {
  name = 'SupportSystemIndexes1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "support_network_member_client_covering_idx" ON "support_network_member" ("client_id") INCLUDE ("stance", "created_at", "removed_at")`,
    );
    await queryRunner.query(`DROP INDEX "support_network_member_client_idx"`);
    await queryRunner.query(`CREATE INDEX "peer_contact_client_covering_idx" ON "peer_contact" ("client_id", "occurred_on") INCLUDE ("withdrawn_at")`);
    await queryRunner.query(`DROP INDEX "peer_contact_client_idx"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "peer_contact_client_idx" ON "peer_contact" ("client_id", "occurred_on")`);
    await queryRunner.query(`DROP INDEX "peer_contact_client_covering_idx"`);
    await queryRunner.query(`CREATE INDEX "support_network_member_client_idx" ON "support_network_member" ("client_id")`);
    await queryRunner.query(`DROP INDEX "support_network_member_client_covering_idx"`);
  }
}
