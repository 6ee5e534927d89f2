// The public disclosure page (三公开): a community's published items from GET /api/v1/public/communities/{code}/disclosures,
// without sign-in and without any token; the API answers nothing personal. public.html?community=510104022001
import { get } from './api.js';
import { el, clear } from './dom.js';
import { bindSwitch, onLanguageChange, t } from './i18n.js';
import { clearErrors, showProblem } from './forms.js';

const form = document.getElementById('community-form');
const list = document.getElementById('items');
const more = document.getElementById('more');
let community = new URLSearchParams(location.search).get('community') ?? '';
let items = [];
let next = null;

function show(boardName) {
  document.getElementById('board-name').textContent = boardName ?? '';
  clear(list, items.length === 0 ? el('li', { class: 'muted' }, t('public.none')) : items.map(item => el('li', { 'data-item': item.id },
    el('strong', {}, item.title), ' ', el('span', { class: 'muted' }, `${item.category} · ${item.period} · ${t('public.published', { at: item.publishedOn })}`),
    el('p', {}, item.content))));
  more.hidden = !next;
}

let boardName = '';
async function load(append) {
  clearErrors(form);
  const cursor = append && next ? `&cursor=${encodeURIComponent(next)}` : '';
  try {
    const page = await get(`/api/v1/public/communities/${encodeURIComponent(community)}/disclosures?limit=20${cursor}`);
    items = append ? items.concat(page.items) : page.items;
    next = page.nextCursor ?? null;
    boardName = page.boardName;
    show(boardName);
  } catch (e) {
    items = []; next = null; boardName = '';
    show('');
    showProblem(form, e);
  }
}

bindSwitch(document.getElementById('lang'));
onLanguageChange(() => show(boardName));
form.elements.code.value = community;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  community = form.elements.code.value.trim();
  history.replaceState(null, '', `?community=${encodeURIComponent(community)}`);
  load(false);
});
more.addEventListener('click', () => load(true));
if (community) load(false);
