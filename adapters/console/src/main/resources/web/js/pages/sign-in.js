// Sign-in. The platform says which sign-ins it offers (GET /api/v1/sign-in/options): where it trusts the city's
// identity provider, one button starts the OpenID Connect sign-in there (oidc.js: authorization code with PKCE); on the
// embedded default, the local users the API lists, one click each (POST /api/v1/sign-in/local). Where the local
// sign-in is refused (403) and no provider is named, the page says to sign in through the city's portal.
import { get, post } from '../api.js';
import { el, clear } from '../dom.js';
import { t } from '../i18n.js';
import { remember } from '../session.js';
import { showProblem } from '../forms.js';
import * as oidc from '../oidc.js';

let refusal = null;

/** Why the last sign-in with the provider was refused, shown once on this page. */
export function refused(message) { refusal = message; }

export async function render(main) {
  const parts = [el('h1', {}, t('signIn.title'))];
  if (refusal) {
    parts.push(el('p', { class: 'error', role: 'alert', 'data-sign-in': 'refused' }, `${t('signIn.failed')}: ${refusal}`));
    refusal = null;
  }
  let options;
  try {
    options = await oidc.options();
  } catch (e) {
    clear(main, ...parts, el('p', { class: 'error', role: 'alert', 'data-sign-in': 'unavailable' },
      `${t('signIn.providerUnavailable')}: ${e.message}`));
    return;
  }
  if (options.oidc) {
    parts.push(el('h2', {}, t('signIn.provider')), el('button', {
      type: 'button', 'data-sign-in': 'oidc',
      onclick: () => oidc.begin(options.oidc, '#/search')
    }, t('signIn.withProvider')));
  }
  if (!options.local) {
    if (!options.oidc) parts.push(el('p', { 'data-sign-in': 'external' }, t('signIn.external')));
    clear(main, ...parts);
    return;
  }
  let users;
  try {
    users = (await get('/api/v1/sign-in/local-users')).items;
  } catch (e) {
    clear(main, ...parts, el('p', { 'data-sign-in': 'external' }, t('signIn.external')));
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
  clear(main, ...parts, el('h2', {}, t('signIn.local')), status, list);
}
