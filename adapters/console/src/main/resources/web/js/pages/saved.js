// The user's saved searches (the SavedSearches tag of the contract): each with its count of new matches, the matches
// themselves as search hits, marking them seen, deleting.
import { del, get, post } from '../api.js';
import { el, clear, snippet } from '../dom.js';
import { t } from '../i18n.js';

async function showMatches(main, search, slot) {
  const page = await get(`/api/v1/saved-searches/${search.id}/matches?limit=50`);
  clear(slot, page.items.length === 0 ? el('p', { class: 'muted' }, t('saved.noMatches')) :
    el('ul', { class: 'hits' }, page.items.map(m => el('li', { 'data-match': m.case.id },
      el('a', { href: `#/case/${m.case.id}` }, m.case.title), el('p', { class: 'snippet' }, snippet(m.case.snippet))))));
}

export async function render(main) {
  const page = await get('/api/v1/saved-searches?limit=50');
  const items = page.items.map(s => {
    const slot = el('div');
    return el('li', { 'data-saved': s.name },
      el('strong', {}, s.name), ' ', el('span', { class: 'muted' }, s.q), ' · ',
      el('span', { 'data-new-matches': String(s.newMatches) }, t('saved.new', { n: s.newMatches })),
      el('div', { class: 'row' },
        el('button', { type: 'button', onclick: () => showMatches(main, s, slot) }, t('saved.matches')),
        el('button', { type: 'button', onclick: async () => { await post(`/api/v1/saved-searches/${s.id}/seen`, {}); render(main); } }, t('saved.seen')),
        el('button', { type: 'button', onclick: async () => { await del(`/api/v1/saved-searches/${s.id}`); render(main); } }, t('saved.delete'))),
      slot);
  });
  clear(main, el('h1', {}, t('saved.title')),
    items.length ? el('ul', { class: 'disclosures' }, items) : el('p', { class: 'muted' }, t('saved.none')));
}
