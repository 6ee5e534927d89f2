// Sign-in. On the embedded default: the local users the API lists, one click each (POST /api/v1/sign-in/local).
// Where the platform trusts an external identity provider the API refuses the local sign-in (403) and this page says
// to sign in there: the seam where the OpenID Connect flow (authorization code with PKCE) comes in a later increment.
import { get, post } from '../api.js';
import { el, clear } from '../dom.js';
import { t } from '../i18n.js';
import { remember } from '../session.js';
import { showProblem } from '../forms.js';

export async function render(main) {
  let users;
  try {
    users = (await get('/api/v1/sign-in/local-users')).items;
  } catch (e) {
    clear(main, el('h1', {}, t('signIn.title')), el('p', { 'data-sign-in': 'external' }, t('signIn.external')));
    return;
  }
  const status = el('p', { class: 'error', role: 'alert', 'data-error-for': '*' });
  const list = el('div', { class: 'users' }, users.map(u => el('button', {
    type: 'button', 'data-user': u.id, 'aria-label': `${t('signIn.as')}: ${u.id}`,
    onclick: async () => {
      try {
        const session = await post('/api/v1/sign-in/local', { user: u.id });
        remember(session);
        location.hash = '#/search';
      } catch (e) {
        showProblem(main, e);
      }
    }
  }, el('strong', {}, u.id), el('br'),
  el('span', { class: 'muted' }, `${u.city} · ${u.jurisdiction} · ${u.roles.map(r => t(`role.${r}`)).join('、')}`
    + (u.privileges.includes('PERSONAL_DATA') ? ` · ${t('who.personalData')}` : '')))));
  clear(main, el('h1', {}, t('signIn.title')), el('h2', {}, t('signIn.local')), status, list);
}
