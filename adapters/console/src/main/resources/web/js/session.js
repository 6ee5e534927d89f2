// Who is signed in. The token is kept in sessionStorage: it survives a reload of the tab (the console is one page,
// but a reload must not sign the user out) and is gone when the tab closes; other tabs and other sites never see it,
// and it is never written to a cookie, so no cross-site request can carry it. The console's Content-Security-Policy
// (no inline script, nothing from another origin) is what keeps a script that could read it off the page.
//
// A session from the local sign-in is { token, expiresAt, user }; one from the city's identity provider (oidc.js) has
// besides { oidc: { provider, refreshToken, refreshExpiresAt, idToken } }: it is refreshed shortly before its access
// token expires, and when that cannot be done it is forgotten and the user signs in again.
import * as oidc from './oidc.js';

const KEY = 'shizhi.session';
/** How long before the access token expires the console refreshes it. */
const EARLY_MS = 30_000;
let timer;
const signedOutListeners = [];

export function current() {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function remember(session) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  keepFresh(session);
}

export function forget() {
  clearTimeout(timer);
  sessionStorage.removeItem(KEY);
}

export function hasPersonalData(session) { return (session?.user?.privileges ?? []).includes('PERSONAL_DATA'); }

/** Called when a session ends by itself (its token expired and could not be refreshed). */
export function whenExpired(listener) { signedOutListeners.push(listener); }

/** Schedules the refresh of a provider's session shortly before its access token expires. */
function keepFresh(session) {
  clearTimeout(timer);
  if (!session?.oidc) return;
  const wait = Math.max(0, Date.parse(session.expiresAt) - Date.now() - EARLY_MS);
  timer = setTimeout(async () => {
    try {
      remember(await oidc.refresh(session));
    } catch {
      forget();
      signedOutListeners.forEach(listener => listener());
    }
  }, wait);
}

/**
 * At the console's start: completes a sign-in the identity provider sent the browser back from (answers the page to
 * show, or throws why it was refused), or keeps an existing provider session fresh.
 */
export async function resume() {
  if (oidc.returning()) {
    const { session, returnTo } = await oidc.complete();
    remember(session);
    return returnTo;
  }
  const session = current();
  if (session?.oidc) keepFresh(session);
  else if (!session) {
    // An expired provider session may still be refreshed once.
    try {
      const stale = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
      if (stale?.oidc) remember(await oidc.refresh(stale));
    } catch {
      forget();
    }
  }
  return null;
}

/** Signs out: forgets the token and, for a provider's session, ends it there too (the browser leaves for a moment). */
export function signOut() {
  const session = current() ?? JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  forget();
  return session?.oidc ? oidc.endSession(session) : false;
}
