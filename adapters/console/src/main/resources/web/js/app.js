// The console's shell: the signed-in user in the bar, the language switch, sign-out, and a hash router over the
// pages. Every later page is a module exporting render(main, params) and registered in ROUTES.
import { applyStatic, bindSwitch, onLanguageChange, t } from './i18n.js';
import { current, forget, hasPersonalData, resume, signOut, whenExpired } from './session.js';
import { whenSignedOut } from './api.js';
import { el, clear } from './dom.js';
import * as signIn from './pages/sign-in.js';
import * as search from './pages/search.js';
import * as casePage from './pages/case.js';
import * as saved from './pages/saved.js';
import * as work from './pages/work.js';
import * as eventPage from './pages/event.js';
import * as disputePage from './pages/dispute.js';
import * as dashboard from './pages/dashboard.js';

const ROUTES = [
  { pattern: /^#\/sign-in$/, page: signIn, open: true },
  { pattern: /^#\/search$/, page: search },
  { pattern: /^#\/case\/([a-z]{2}-[0-9a-f-]{36})$/, page: casePage },
  { pattern: /^#\/saved$/, page: saved },
  { pattern: /^#\/work\/(events|overdue-events|disputes|petition-backlog|legal-aid-overdue|supervision-tasks|audit|my-audit)$/, page: work },
  { pattern: /^#\/event\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, page: eventPage },
  { pattern: /^#\/dispute\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, page: disputePage },
  { pattern: /^#\/dashboard(?:\?(.*))?$/, page: dashboard },
];

const main = document.getElementById('main');

function showWho() {
  const session = current();
  const who = document.getElementById('who');
  document.getElementById('sign-out').hidden = !session;
  document.getElementById('nav').hidden = !session;
  if (!session) { clear(who); return; }
  const u = session.user;
  clear(who,
    el('span', { 'data-who': 'subject' }, u.id), ' · ',
    el('span', {}, `${t('who.city')} `, el('span', { 'data-who': 'city' }, u.city)), ' · ',
    el('span', {}, `${t('who.jurisdiction')} `, el('span', { 'data-who': 'jurisdiction' }, u.jurisdiction)), ' · ',
    el('span', {}, `${t('who.roles')} `, el('span', { 'data-who': 'roles' }, u.roles.map(r => t(`role.${r}`)).join('、'))), ' · ',
    el('span', { 'data-who': 'privacy' }, hasPersonalData(session) ? t('who.personalData') : t('who.masked')));
}

async function route() {
  const hash = location.hash || '#/search';
  const match = ROUTES.map(r => ({ r, m: hash.match(r.pattern) })).find(x => x.m);
  if (!match) { location.hash = '#/search'; return; }
  if (!match.r.open && !current()) { location.hash = '#/sign-in'; return; }
  showWho();
  clear(main, el('p', { class: 'muted' }, t('loading')));
  await match.r.page.render(main, match.m.slice(1));
}

bindSwitch(document.getElementById('lang'));
onLanguageChange(() => { showWho(); route(); });
document.getElementById('sign-out').addEventListener('click', () => {
  // A session of the city's identity provider is ended there too (the browser comes back to the sign-in page).
  if (!signOut()) location.hash = '#/sign-in';
});
whenExpired(() => { location.hash = '#/sign-in'; });
whenSignedOut(() => { location.hash = '#/sign-in'; });
window.addEventListener('hashchange', route);
applyStatic();
// Coming back from the city's identity provider: finish the sign-in first, then show the page it started from.
resume().then(returnTo => {
  if (returnTo && location.hash !== returnTo) location.hash = returnTo; else route();
}, e => {
  forget();
  signIn.refused(e.message);
  if (location.hash !== '#/sign-in') location.hash = '#/sign-in'; else route();
});
