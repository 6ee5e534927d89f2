// The auditors' search desk: a query of any length (always the body form, POST /api/v1/cases/search), the filters and
// facet counts the API answers, highlighted snippets, cursor paging, export of the whole result (CSV, xlsx) and saving
// the search. Masking is the API's: the page shows what it gets.
import { call, post } from '../api.js';
import { el, clear, snippet } from '../dom.js';
import { t } from '../i18n.js';
import { clearErrors, showProblem } from '../forms.js';

const FACETS = ['caseType', 'district', 'year', 'source'];
// Kept across pages, so that coming back from a case shows the same results.
const state = { query: { q: '', mode: 'auto', sort: 'relevance' }, filters: {}, cursors: [null], page: 0, result: null };

function body() {
  const b = {};
  const q = state.query.q.trim();
  if (q) b.q = q;
  if (state.query.mode !== 'auto') b.mode = state.query.mode;
  if (state.query.sort !== 'relevance') b.sort = state.query.sort;
  const f = state.filters;
  if (f.area) b.area = f.area;
  if (f.caseType) b.caseType = [f.caseType];
  if (f.source) b.source = [f.source];
  if (f.occurredFrom) b.occurredFrom = f.occurredFrom;
  if (f.occurredTo) b.occurredTo = f.occurredTo;
  return b;
}

async function search(main, page) {
  const form = main.querySelector('form');
  clearErrors(main);
  const request = { ...body(), limit: 20 };
  if (state.cursors[page]) request.cursor = state.cursors[page];
  try {
    state.result = await post('/api/v1/cases/search', request);
    state.page = page;
    state.cursors[page + 1] = state.result.nextCursor ?? null;
    state.cursors.length = page + 2;
    showResults(main);
  } catch (e) {
    showProblem(form, e);
  }
}

function toggle(main, facet, value) {
  const f = state.filters;
  if (facet === 'year') {
    const on = f.occurredFrom === `${value}-01-01` && f.occurredTo === `${value}-12-31`;
    f.occurredFrom = on ? '' : `${value}-01-01`;
    f.occurredTo = on ? '' : `${value}-12-31`;
  } else {
    const key = facet === 'district' ? 'area' : facet;
    f[key] = f[key] === value ? '' : value;
  }
  state.cursors = [null];
  render(main).then(() => search(main, 0));
}

function pressed(facet, value) {
  const f = state.filters;
  if (facet === 'year') return f.occurredFrom === `${value}-01-01`;
  return (facet === 'district' ? f.area : f[facet]) === value;
}

function facetLabel(facet, value) {
  return facet === 'source' ? t(`source.${value}`) : value;
}

function showResults(main) {
  const r = state.result;
  const facets = main.querySelector('.facets');
  clear(facets, FACETS.map(facet => el('section', { 'data-facet': facet },
    el('h3', {}, t(`facet.${facet}`)),
    (r.facets?.[facet] ?? []).map(c => el('button', {
      type: 'button', 'aria-pressed': String(pressed(facet, c.value)), 'data-value': c.value,
      onclick: () => toggle(main, facet, c.value)
    }, `${facetLabel(facet, c.value)} (${c.count})`)))));
  const results = main.querySelector('.results');
  clear(results,
    el('p', { 'data-total': String(r.total) }, r.items.length ? t('search.total', { n: r.total }) : t('search.none')),
    el('ol', { class: 'hits', start: String(state.page * 20 + 1) }, r.items.map(hit => el('li', { 'data-case': hit.id },
      el('a', { href: `#/case/${hit.id}` }, hit.title),
      el('div', { class: 'meta' }, `${t(`source.${hit.source}`)} · ${hit.caseType} · ${hit.areaCode} · ${hit.occurredOn} → ${hit.closedOn}`),
      el('p', { class: 'snippet' }, snippet(hit.snippet))))),
    el('div', { class: 'row' },
      el('button', { type: 'button', 'data-page': 'previous', disabled: state.page === 0, onclick: () => search(main, state.page - 1) }, t('page.previous')),
      el('span', { 'data-page-number': String(state.page + 1) }, t('page.number', { n: state.page + 1 })),
      el('button', { type: 'button', 'data-page': 'next', disabled: !r.nextCursor, onclick: () => search(main, state.page + 1) }, t('page.next'))));
}

/** What the form says now: a search, an export and a saved search all take the box and filters as they stand. */
function readForm(main) {
  const form = main.querySelector('form');
  state.query.q = form.elements.q.value;
  state.query.mode = form.elements.mode.value;
  state.query.sort = form.elements.sort.value;
  state.filters.area = form.elements.area.value.trim();
  state.filters.occurredFrom = form.elements.occurredFrom.value;
  state.filters.occurredTo = form.elements.occurredTo.value;
}

async function exportResults(main, format) {
  readForm(main);
  clearErrors(main);
  const status = main.querySelector('[data-status]');
  try {
    const response = await call('POST', `/api/v1/cases/export?format=${format}`, body(),
      { accept: format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', raw: true });
    const disposition = response.headers.get('Content-Disposition') || '';
    const file = (disposition.match(/filename="?([^";]+)"?/) || [])[1] || `cases.${format}`;
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: file, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    status.textContent = t('export.done', { file });
  } catch (e) {
    showProblem(main.querySelector('form'), e);
  }
}

async function save(main) {
  readForm(main);
  const form = main.querySelector('form');
  clearErrors(form);
  const name = form.elements.savedName.value.trim();
  const b = { ...body(), name };
  delete b.sort;
  try {
    const saved = await post('/api/v1/saved-searches', b);
    main.querySelector('[data-status]').textContent = t('saved.saved', { name: saved.name });
  } catch (e) {
    if (e.field === 'name') e.field = 'savedName';
    showProblem(form, e);
  }
}

export async function render(main) {
  const q = state.query;
  const f = state.filters;
  const form = el('form', { class: 'search', 'aria-label': t('search.title'), onsubmit: (event) => {
    event.preventDefault();
    readForm(main);
    state.cursors = [null];
    search(main, 0);
  } },
    el('label', { for: 'q' }, t('search.q')),
    el('textarea', { id: 'q', name: 'q', maxlength: '10000', rows: '3' }),
    el('span', { class: 'error', role: 'alert', 'data-error-for': 'q' }),
    el('div', { class: 'row' },
      el('label', { for: 'mode' }, t('search.mode')),
      el('select', { id: 'mode', name: 'mode' }, ['auto', 'keywords', 'description'].map(m => el('option', { value: m }, t(`mode.${m}`)))),
      el('label', { for: 'sort' }, t('search.sort')),
      el('select', { id: 'sort', name: 'sort' }, ['relevance', 'newest'].map(s => el('option', { value: s }, t(`sort.${s}`)))),
      el('label', { for: 'area' }, t('search.area')),
      el('input', { id: 'area', name: 'area', size: '12', inputmode: 'numeric' }),
      el('span', { class: 'error', role: 'alert', 'data-error-for': 'area' }),
      el('label', { for: 'occurredFrom' }, t('search.occurredFrom')),
      el('input', { id: 'occurredFrom', name: 'occurredFrom', type: 'date' }),
      el('span', { class: 'error', role: 'alert', 'data-error-for': 'occurredFrom' }),
      el('label', { for: 'occurredTo' }, t('search.occurredTo')),
      el('input', { id: 'occurredTo', name: 'occurredTo', type: 'date' }),
      el('span', { class: 'error', role: 'alert', 'data-error-for': 'occurredTo' }),
      el('button', { type: 'submit', 'data-action': 'search' }, t('search.submit')),
      el('button', { type: 'button', 'data-action': 'clear', onclick: () => { state.filters = {}; state.cursors = [null]; render(main).then(() => search(main, 0)); } }, t('search.clear'))),
    el('div', { class: 'row' },
      el('button', { type: 'button', 'data-action': 'export-csv', onclick: () => exportResults(main, 'csv') }, t('export.csv')),
      el('button', { type: 'button', 'data-action': 'export-xlsx', onclick: () => exportResults(main, 'xlsx') }, t('export.xlsx')),
      el('label', { for: 'savedName' }, t('saved.name')),
      el('input', { id: 'savedName', name: 'savedName', maxlength: '100' }),
      el('button', { type: 'button', 'data-action': 'save', onclick: () => save(main) }, t('saved.save')),
      el('span', { class: 'error', role: 'alert', 'data-error-for': 'savedName' })),
    el('p', { class: 'error', role: 'alert', 'data-error-for': '*' }));
  form.elements.q.value = q.q;
  form.elements.mode.value = q.mode;
  form.elements.sort.value = q.sort;
  form.elements.area.value = f.area ?? '';
  form.elements.occurredFrom.value = f.occurredFrom ?? '';
  form.elements.occurredTo.value = f.occurredTo ?? '';
  clear(main, el('h1', {}, t('search.title')), form, el('p', { class: 'muted', 'data-status': '', 'aria-live': 'polite' }),
    el('div', { class: 'layout' }, el('aside', { class: 'facets' }), el('div', { class: 'results' })));
  if (state.result) showResults(main);
}
