// Sign-in with the city's identity provider: OpenID Connect, authorization code flow with PKCE (S256), from the
// browser as a public client (no secret here). The platform says where the provider is (GET /api/v1/sign-in/options,
// from the discovery document it read); the browser goes there to sign in, comes back to /console/ with a code, and
// exchanges it at the provider's token endpoint (the provider allows CORS for the client's web origins; the console's
// CSP lets its scripts reach that origin and no other). The access token is the bearer for /api/v1.
//
// What is checked: the state sent is the state returned (a code from another sign-in is refused), the ID token's nonce,
// issuer and audience are this sign-in's (the ID token came straight from the token endpoint over TLS, which OpenID
// Connect Core §3.1.3.7 accepts in place of checking its signature here; the platform verifies every access token).
// The verifier, state and nonce live in sessionStorage only for the round trip and are removed on return.
const PENDING = 'shizhi.oidc.pending';

const encoder = new TextEncoder();

function base64url(bytes) {
  let text = '';
  bytes.forEach(b => { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(length = 32) { return base64url(crypto.getRandomValues(new Uint8Array(length))); }

async function challenge(verifier) {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(verifier))));
}

/** A JWT's claims, read for display and the nonce check only: the signature is the platform's (and TLS's) business. */
export function claims(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(part + '='.repeat((4 - part.length % 4) % 4)), c => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** Where the provider sends the browser back: the console itself (registered as the client's redirect URI). */
export function redirectUri() { return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}`; }

/** The platform's sign-in options: { local, oidc? }. */
export async function options() {
  const response = await fetch('/api/v1/sign-in/options', { headers: { Accept: 'application/json, application/problem+json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.detail || `HTTP ${response.status}`), { status: response.status, problem: body });
  return body;
}

/** Sends the browser to the provider's sign-in page; returnTo is the console page to show afterwards. */
export async function begin(provider, returnTo = '#/search') {
  const verifier = random(48);
  const state = random();
  const nonce = random();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, returnTo, provider }));
  const query = new URLSearchParams({
    response_type: 'code', client_id: provider.clientId, redirect_uri: redirectUri(), scope: provider.scope,
    state, nonce, code_challenge: await challenge(verifier), code_challenge_method: 'S256'
  });
  location.assign(`${provider.authorizationEndpoint}?${query}`);
}

/** Whether this page load is the provider sending the browser back (a code or an error in the query). */
export function returning() {
  const query = new URLSearchParams(location.search);
  return query.has('state') && (query.has('code') || query.has('error'));
}

async function tokenRequest(provider, form) {
  let response;
  try {
    response = await fetch(provider.tokenEndpoint, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form), credentials: 'omit'
    });
  } catch (e) {
    throw new Error(`the identity provider could not be reached: ${e.message}`);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error_description || body.error || `HTTP ${response.status}`);
  return body;
}

/** The session the console keeps for an answer of the token endpoint. */
function session(provider, answer, previous) {
  const access = claims(answer.access_token);
  const groups = access.groups ?? [];
  const now = Date.now();
  return {
    token: answer.access_token,
    expiresAt: new Date(access.exp ? access.exp * 1000 : now + answer.expires_in * 1000).toISOString(),
    user: {
      id: access.preferred_username ?? access.sub, city: access.city, jurisdiction: access.jurisdiction,
      // Roles are the platform's upper-case names; a provider's own roles (offline_access, default-roles-…) are not.
      roles: groups.filter(g => /^[A-Z][A-Z_]*$/.test(g) && g !== 'PERSONAL_DATA'),
      privileges: groups.filter(g => g === 'PERSONAL_DATA'),
      department: access.department
    },
    oidc: {
      provider,
      refreshToken: answer.refresh_token ?? previous?.oidc?.refreshToken,
      refreshExpiresAt: answer.refresh_expires_in ? new Date(now + answer.refresh_expires_in * 1000).toISOString()
        : previous?.oidc?.refreshExpiresAt,
      idToken: answer.id_token ?? previous?.oidc?.idToken
    }
  };
}

/**
 * Completes the sign-in the provider sent the browser back from: checks the state, exchanges the code with the
 * verifier, checks the ID token's nonce, issuer and audience, and removes code and state from the address bar.
 * Answers { session, returnTo }; throws with the reason when the sign-in is refused.
 */
export async function complete() {
  const query = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `${location.pathname}${pending?.returnTo ?? '#/sign-in'}`);
  if (!pending || query.get('state') !== pending.state) throw new Error('the sign-in answer does not belong to a sign-in of this tab (state)');
  if (query.has('error')) throw new Error(query.get('error_description') || query.get('error'));
  const provider = pending.provider;
  const answer = await tokenRequest(provider, {
    grant_type: 'authorization_code', code: query.get('code'), redirect_uri: redirectUri(), client_id: provider.clientId,
    code_verifier: pending.verifier
  });
  const id = answer.id_token ? claims(answer.id_token) : null;
  const audience = id ? [].concat(id.aud) : [];
  if (!id || id.nonce !== pending.nonce || id.iss !== provider.issuer || !audience.includes(provider.clientId)) {
    throw new Error('the identity provider answered an ID token of another sign-in (nonce, issuer or audience)');
  }
  return { session: session(provider, answer), returnTo: pending.returnTo };
}

/** A fresh access token for the session by its refresh token; throws when there is none or the provider refuses. */
export async function refresh(previous) {
  const { provider, refreshToken, refreshExpiresAt } = previous.oidc;
  if (!refreshToken || (refreshExpiresAt && Date.parse(refreshExpiresAt) <= Date.now())) throw new Error('no usable refresh token');
  const answer = await tokenRequest(provider, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: provider.clientId });
  return session(provider, answer, previous);
}

/** Ends the session at the provider too (its end-session endpoint), coming back to the console's sign-in page. */
export function endSession(previous) {
  const { provider, idToken } = previous.oidc;
  if (!provider.endSessionEndpoint) return false;
  const query = new URLSearchParams({ client_id: provider.clientId, post_logout_redirect_uri: redirectUri() });
  if (idToken) query.set('id_token_hint', idToken);
  location.assign(`${provider.endSessionEndpoint}?${query}`);
  return true;
}
