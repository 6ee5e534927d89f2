// Who is signed in. The token is kept in sessionStorage: it survives a reload of the tab (the console is one page,
// but a reload must not sign the user out) and is gone when the tab closes; other tabs and other sites never see it,
// and it is never written to a cookie, so no cross-site request can carry it. The console's Content-Security-Policy
// (no inline script, nothing from another origin) is what keeps a script that could read it off the page.
const KEY = 'shizhi.session';

export function current() {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function remember(session) { sessionStorage.setItem(KEY, JSON.stringify(session)); }

export function forget() { sessionStorage.removeItem(KEY); }

export function hasPersonalData(session) { return (session?.user?.privileges ?? []).includes('PERSONAL_DATA'); }
