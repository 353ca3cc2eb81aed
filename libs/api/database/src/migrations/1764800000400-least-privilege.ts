import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Least privilege and tamper evidence (issue "Security and privacy", finding 6: the app connected as
 * a superuser, which can disable or drop the append-only trigger and rewrite the trail).
 *
 * 1. The application connects as `carecircle_app`, a role that owns nothing: it reads and writes the
 *    domain tables, but may only INSERT and SELECT the audit trail and the accounting of disclosures,
 *    and cannot ALTER, DISABLE TRIGGER, TRUNCATE or DROP anything. Migrations keep running as the owner;
 *    `ALTER DEFAULT PRIVILEGES` gives the app the same rights on every table a later migration creates.
 *    The role is created here without a login; whoever starts CareCircle gives it one (the embedded
 *    database does so at each start; with DATABASE_URL the operator does, see the README).
 *
 * 2. Each audit row carries a SHA-256 chaining it to the previous row of its organization
 *    (`previous_hash`, `row_hash`, its place `chain_seq`), computed by the database as the row is
 *    inserted. `npm run audit:verify` recomputes the chain: a changed, removed or inserted-out-of-band
 *    row breaks it. The head of each organization's chain (`audit_chain_head`) also catches removal of
 *    the newest rows. The cost per INSERT statement is one advisory lock and one indexed read of the
 *    head; the rows after the first take the head from a transaction-local setting, and the head is
 *    written once per statement (the read audit writes a hundred rows in one statement).
 */
export class LeastPrivilege1764800000400 implements MigrationInterface {
  name = 'LeastPrivilege1764800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    // --- Tamper evidence -------------------------------------------------------------------------
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "chain_seq" bigint, ADD "previous_hash" text, ADD "row_hash" text`);
    await queryRunner.query(`
      CREATE TABLE "audit_chain_head" (
        "organization_id" uuid NOT NULL,
        "last_seq" bigint NOT NULL,
        "last_hash" text NOT NULL,
        CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("organization_id")
      )`);
    // The rows written so far are chained once, in the order they were written.
    await queryRunner.query(`ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_append_only"`);
    await queryRunner.query(`
      DO $$
      DECLARE
        r record;
        chain_org uuid;
        seq bigint;
        prev text;
      BEGIN
        FOR r IN SELECT * FROM "audit_event" ORDER BY "organization_id", "id" LOOP
          IF chain_org IS DISTINCT FROM r.organization_id THEN
            chain_org := r.organization_id;
            seq := 0;
            prev := NULL;
          END IF;
          seq := seq + 1;
          r.chain_seq := seq;
          r.previous_hash := prev;
          prev := ${rowHashSql('r')};
          UPDATE "audit_event" SET "chain_seq" = seq, "previous_hash" = r.previous_hash, "row_hash" = prev WHERE "id" = r.id;
        END LOOP;
      END $$`);
    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_append_only"`);
    await queryRunner.query(`
      INSERT INTO "audit_chain_head" ("organization_id", "last_seq", "last_hash")
      SELECT DISTINCT ON ("organization_id") "organization_id", "chain_seq", "row_hash" FROM "audit_event"
       ORDER BY "organization_id", "chain_seq" DESC`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER "chain_seq" SET NOT NULL, ALTER "row_hash" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_event_chain_key" ON "audit_event" ("organization_id", "chain_seq")`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_row_hash_check" CHECK ("row_hash" ~ '^[0-9a-f]{64}$')`,
    );

    // Runs as whoever inserts (the app): it only reads the head, which the app may SELECT.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cache_key text := 'carecircle.audit_chain_' || replace(NEW.organization_id::text, '-', '');
        cached text := current_setting(cache_key, true);
        head_seq bigint;
        head_hash text;
      BEGIN
        IF cached IS NULL OR cached = '' THEN
          -- Held to the end of the transaction: concurrent writers of one organization chain one after the other.
          PERFORM pg_advisory_xact_lock(${CHAIN_LOCK_CLASS}, hashtext(NEW.organization_id::text));
          SELECT "last_seq", "last_hash" INTO head_seq, head_hash FROM "audit_chain_head" WHERE "organization_id" = NEW.organization_id;
          head_seq := coalesce(head_seq, 0);
        ELSE
          head_seq := split_part(cached, ':', 1)::bigint;
          head_hash := nullif(split_part(cached, ':', 2), '');
        END IF;
        NEW.chain_seq := head_seq + 1;
        NEW.previous_hash := head_hash;
        NEW.row_hash := ${rowHashSql('NEW')};
        -- Transaction-local (reverted with a rolled-back savepoint, like the rows): the next row of
        -- this transaction chains on without reading the head again.
        PERFORM set_config(cache_key, NEW.chain_seq::text || ':' || NEW.row_hash, true);
        RETURN NEW;
      END $$`);
    // Runs as the owner: the app cannot move the head itself.
    await queryRunner.query(`
      CREATE FUNCTION audit_chain_advance() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        INSERT INTO public."audit_chain_head" ("organization_id", "last_seq", "last_hash")
        SELECT DISTINCT ON ("organization_id") "organization_id", "chain_seq", "row_hash" FROM inserted
         ORDER BY "organization_id", "chain_seq" DESC
        ON CONFLICT ("organization_id") DO UPDATE SET "last_seq" = EXCLUDED."last_seq", "last_hash" = EXCLUDED."last_hash";
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_chain BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_chain_head AFTER INSERT ON "audit_event" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_advance()`,
    );

    // --- Least privilege -------------------------------------------------------------------------
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'carecircle_app') THEN
          BEGIN
            CREATE ROLE carecircle_app NOLOGIN;
          EXCEPTION
            -- Roles belong to the server: another database on it may have created the role just now.
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
              RAISE EXCEPTION 'the application role carecircle_app does not exist and % may not create roles', current_user
                USING HINT = 'Create it first as an administrator: CREATE ROLE carecircle_app LOGIN PASSWORD ''…'' (see the README, "Database roles").';
          END;
        END IF;
      END $$`);
    // Before PostgreSQL 15 every role may create tables in public; the app must own nothing.
    await queryRunner.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO carecircle_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO carecircle_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO carecircle_app`);
    // Append-only even against the application; the append-only trigger stays as a second wall.
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "audit_event", "disclosure" FROM carecircle_app`);
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "audit_chain_head", "migrations" FROM carecircle_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO carecircle_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO carecircle_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM carecircle_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM carecircle_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM carecircle_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM carecircle_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM carecircle_app`);
    // The role itself stays: it belongs to the server, and other databases on it may use it.
    await queryRunner.query(`DROP TRIGGER audit_event_chain_head ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_chain ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_chain_advance()`);
    await queryRunner.query(`DROP FUNCTION audit_event_chain()`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_row_hash_check"`);
    await queryRunner.query(`DROP INDEX "audit_event_chain_key"`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "row_hash", DROP COLUMN "previous_hash", DROP COLUMN "chain_seq"`);
  }
}

/** First key of the advisory lock that orders one organization's audit rows (the second is the organization). */
const CHAIN_LOCK_CLASS = 1764800400;

/**
 * The SHA-256 of one audit row, as hex. JSON makes the text unambiguous (no separator a field could
 * contain); times are written in UTC so the session's time zone does not change the hash. Frozen with
 * this migration: `audit-chain.ts` holds the verifier's own copy, and its test proves they agree.
 */
function rowHashSql(row: string): string {
  return `encode(sha256(convert_to(json_build_array(
    ${row}.previous_hash, ${row}.chain_seq, ${row}.id, ${row}.organization_id, ${row}.actor_id, ${row}.actor_role, ${row}.action,
    ${row}.entity_type, ${row}.entity_id, ${row}.client_id, ${row}.fields, ${row}.request_id, ${row}.client_address,
    ${row}.user_agent, ${row}.reason, ${row}.outcome,
    to_char(${row}.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text, 'UTF8')), 'hex')`;
}
