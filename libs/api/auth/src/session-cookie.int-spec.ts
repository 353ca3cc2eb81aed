import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { StaffRole } from '@carecircle/shared/domain';
import { OrganizationEntity } from '@carecircle/api/organizations';
import { Factory, TEST_PASSWORD, codeOf, createTestApp, type TestApp } from '@carecircle/api/testing';
import type { StaffUserEntity } from './staff-user.entity';
import { SESSION_COOKIE } from './session-cookie';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token expiresAt inactivitySignOutMinutes me { id } } }';
const RENEW = 'mutation { renewSession { token expiresAt inactivitySignOutMinutes } }';

interface Answer<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  setCookie: string | null;
}

/** The session cookie's value and attributes from a Set-Cookie header. */
function parseCookie(setCookie: string | null): { value: string; attributes: string[] } | null {
  if (!setCookie?.startsWith(`${SESSION_COOKIE}=`)) return null;
  const [pair, ...attributes] = setCookie.split(';').map((p) => p.trim());
  return { value: decodeURIComponent(pair!.slice(SESSION_COOKIE.length + 1)), attributes: attributes.map((a) => a.toLowerCase()) };
}

describe('the session cookie', () => {
  let t: TestApp;
  let counselor: StaffUserEntity;
  let organizationId: string;

  /** A request as the web app makes it: JSON, the cookie only (no Authorization header). */
  async function post<T>(query: string, options: { cookie?: string; headers?: Record<string, string>; variables?: Record<string, unknown> } = {}): Promise<Answer<T>> {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(options.cookie)}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables: options.variables ?? {} }),
    });
    return { status: res.status, body: (await res.json()) as Answer<T>['body'], setCookie: res.headers.get('set-cookie') };
  }

  async function signIn(headers: Record<string, string> = {}) {
    const res = await post<{ login: { token: string; expiresAt: string; inactivitySignOutMinutes: number } }>(LOGIN, {
      variables: { input: { email: counselor.email, password: TEST_PASSWORD } },
      headers,
    });
    expect(res.body.errors).toBeUndefined();
    return { ...res, cookie: parseCookie(res.setCookie) };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const factory = new Factory(t.dataSource);
    const { organization } = await factory.organization('Cookie Org');
    organizationId = organization.id;
    counselor = await factory.staff(organization.id, StaffRole.COUNSELOR);
  });
  afterAll(() => t.close());

  it('sets an httpOnly, SameSite=Strict cookie on sign-in that alone authenticates the web app', async () => {
    const { cookie, body } = await signIn();
    expect(cookie).not.toBeNull();
    expect(cookie!.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/graphql']));
    expect(cookie!.attributes.some((a) => a.startsWith('expires='))).toBe(true);
    // Over plain HTTP the cookie cannot be Secure (the browser would drop it); over TLS it is (next test).
    expect(cookie!.attributes).not.toContain('secure');
    // API clients keep the token in the answer; it is the same session.
    expect(cookie!.value).toBe(body.data!.login.token);
    const me = await post<{ me: { id: string } }>('{ me { id } }', { cookie: cookie!.value });
    expect(me.body.data?.me.id).toBe(counselor.id);
  });

  it('marks the cookie Secure when the request came over TLS through the proxy', async () => {
    const { cookie } = await signIn({ 'x-forwarded-proto': 'https' });
    expect(cookie!.attributes).toContain('secure');
  });

  it('refuses a cross-site form POST that carries only the cookie (CSRF)', async () => {
    const { cookie } = await signIn();
    // What a hostile page's <form method="post" action="…/graphql"> sends: a "simple" request, no preflight.
    const form = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `${SESSION_COOKIE}=${encodeURIComponent(cookie!.value)}`,
        origin: 'https://attacker.example',
      },
      body: new URLSearchParams({ query: 'mutation { logout }' }).toString(),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).not.toContain('"logout":true');
    const textPlain = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `${SESSION_COOKIE}=${encodeURIComponent(cookie!.value)}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(textPlain.status).toBe(400);
    // A cross-site GET (an <img src> or link) is refused too.
    const get = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { cookie: `${SESSION_COOKIE}=${encodeURIComponent(cookie!.value)}` },
    });
    expect(get.status).toBe(400);
    // The session survived all three.
    expect((await post<{ me: { id: string } }>('{ me { id } }', { cookie: cookie!.value })).body.data?.me.id).toBe(counselor.id);
  });

  it('judges a malformed Authorization header as sent, not by the cookie beside it', async () => {
    const { cookie } = await signIn();
    const res = await post('{ me { id } }', { cookie: cookie!.value, headers: { authorization: 'Basic abc' } });
    expect(codeOf(res.body)).toBe('UNAUTHENTICATED');
  });

  it("refuses a tab's request when the shared cookie now belongs to someone else who signed in in another tab", async () => {
    const { cookie } = await signIn();
    const mine = await post<{ me: { id: string } }>('{ me { id } }', { cookie: cookie!.value, headers: { 'x-signed-in-as': counselor.id } });
    expect(mine.body.data?.me.id).toBe(counselor.id);
    const other = await post('{ me { id } }', { cookie: cookie!.value, headers: { 'x-signed-in-as': randomUUID() } });
    expect(codeOf(other.body)).toBe('UNAUTHENTICATED');
  });

  it('clears the cookie on sign-out, and the session stops working', async () => {
    const { cookie } = await signIn();
    const out = await post<{ logout: boolean }>('mutation { logout }', { cookie: cookie!.value });
    expect(out.body.data?.logout).toBe(true);
    const cleared = parseCookie(out.setCookie);
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes).toEqual(expect.arrayContaining(['path=/graphql', 'expires=thu, 01 jan 1970 00:00:00 gmt']));
    expect(codeOf((await post('{ me { id } }', { cookie: cookie!.value })).body)).toBe('UNAUTHENTICATED');
  });

  it('gives a session as long as the inactivity limit, renewed by renewSession within the same session', async () => {
    const first = await signIn();
    const signedIn = first.body.data!.login;
    expect(signedIn.inactivitySignOutMinutes).toBe(15);
    const minutesLeft = (Date.parse(signedIn.expiresAt) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(10);
    expect(minutesLeft).toBeLessThanOrEqual(15);

    const renewed = await post<{ renewSession: { token: string; expiresAt: string; inactivitySignOutMinutes: number } }>(RENEW, { cookie: first.cookie!.value });
    expect(renewed.body.errors).toBeUndefined();
    const renewedCookie = parseCookie(renewed.setCookie);
    expect(renewedCookie?.value).toBe(renewed.body.data!.renewSession.token);
    expect(renewedCookie?.value).not.toBe(first.cookie!.value);
    expect(Date.parse(renewed.body.data!.renewSession.expiresAt)).toBeGreaterThanOrEqual(Date.parse(signedIn.expiresAt));

    // Signing out with the renewed token ends the session: the token it replaced stops working too.
    await post('mutation { logout }', { cookie: renewedCookie!.value });
    expect(codeOf((await post('{ me { id } }', { cookie: first.cookie!.value })).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await post(RENEW, { cookie: first.cookie!.value })).body)).toBe('UNAUTHENTICATED');
  });

  it('ends a session idle longer than the organization allows, even if its token has not expired (server-side, per organization)', async () => {
    // A token whose last activity was 6 minutes ago and that would still be valid for 9 minutes: signed with the
    // server's own secret, as the API itself would have issued it 6 minutes ago under a 15-minute limit.
    const key = new TextEncoder().encode(t.config.auth.tokenSecret);
    const sixMinutesAgo = Date.now() - 6 * 60_000;
    const token = await new SignJWT({ org: organizationId, iat_ms: sixMinutesAgo, act_ms: sixMinutesAgo })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(counselor.id)
      .setJti(randomUUID())
      .setIssuer('carecircle')
      .setAudience('carecircle-staff')
      .setIssuedAt(Math.floor(sixMinutesAgo / 1000))
      .setExpirationTime(Math.floor((sixMinutesAgo + 15 * 60_000) / 1000))
      .sign(key);
    expect((await post<{ me: { id: string } }>('{ me { id } }', { cookie: token })).body.data?.me.id).toBe(counselor.id);

    // The administrator shortens the limit to 5 minutes: the session, idle for 6, ends at once.
    await t.dataSource.getRepository(OrganizationEntity).update({ id: organizationId }, { inactivitySignOutMinutes: 5 });
    try {
      expect(codeOf((await post('{ me { id } }', { cookie: token })).body)).toBe('UNAUTHENTICATED');
      expect(codeOf((await post(RENEW, { cookie: token })).body)).toBe('UNAUTHENTICATED');
      // A new sign-in gets the new limit.
      const again = await signIn();
      expect(again.body.data!.login.inactivitySignOutMinutes).toBe(5);
      expect((Date.parse(again.body.data!.login.expiresAt) - Date.now()) / 60_000).toBeLessThanOrEqual(5);
    } finally {
      await t.dataSource.getRepository(OrganizationEntity).update({ id: organizationId }, { inactivitySignOutMinutes: 15 });
    }
  });
});
