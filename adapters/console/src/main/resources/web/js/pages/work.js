// The workbench's lists: grid events, overdue events, disputes, the petition backlog, overdue legal-aid applications
// and supervision tasks, in the user's jurisdiction (the API's default area) or a smaller area; the audit log
// (auditors) and every user's own audit trail. Each with the filters its operation takes and cursor paging. One
// component, one entry per list in LISTS.
import { get } from '../api.js';
import { el, clear } from '../dom.js';
import { t } from '../i18n.js';
import { clearErrors, showProblem } from '../forms.js';
import { current } from '../session.js';

const EVENT_STATES = ['REPORTED', 'ACCEPTED', 'CALLED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REOPENED', 'REJECTED'];
const DISPUTE_STATES = ['OPENED', 'ACCEPTED', 'IN_MEDIATION', 'CONCLUDED', 'CLOSED', 'REOPENED'];
const TASK_STATES = ['OPEN', 'REPORTED', 'SENT_BACK', 'ACCEPTED'];
const AUDIT_ACTIONS = ['SEARCH', 'READ', 'EXPORT'];
const day = (instant) => (instant ?? '').slice(0, 10);
// A date typed in the form is a day in China; the API takes instants with an offset.
const chinaMidnight = (date) => `${date}T00:00:00+08:00`;

export const LISTS = {
  events: {
    path: '/api/v1/events',
    filters: [{ name: 'state', options: EVENT_STATES, label: s => t(`state.${s}`) }, { name: 'grade' },
      { name: 'reportedFrom', type: 'date', send: chinaMidnight }, { name: 'reportedBefore', type: 'date', send: chinaMidnight }],
    columns: [['col.reportedAt', e => day(e.reportedAt)], ['col.grid', e => e.gridCode], ['col.category', e => t(`category.${e.category}`)],
      ['col.grade', e => e.grade.label], ['col.state', e => t(`state.${e.state}`)], ['col.due', e => e.deadline?.dueOn ?? ''],
      ['col.overdue', e => e.overdue ? t('yes') : '']],
    title: e => e.text, link: e => `#/event/${e.id}`,
  },
  'overdue-events': {
    path: '/api/v1/overdue-events', filters: [],
    columns: [['col.reportedAt', e => day(e.reportedAt)], ['col.grid', e => e.gridCode], ['col.grade', e => e.grade.label],
      ['col.state', e => t(`state.${e.state}`)], ['col.due', e => e.deadline?.dueOn ?? '']],
    title: e => e.text, link: e => `#/event/${e.id}`,
  },
  disputes: {
    path: '/api/v1/disputes',
    filters: [{ name: 'state', options: DISPUTE_STATES, label: s => t(`disputeState.${s}`) }],
    columns: [['col.openedAt', d => day(d.openedAt)], ['col.area', d => d.areaCode], ['col.type', d => d.type?.label ?? ''],
      ['col.channel', d => d.channel ? t(`channel.${d.channel}`) : ''], ['col.risk', d => d.risk?.level ?? ''],
      ['col.state', d => t(`disputeState.${d.state}`)], ['col.overdue', d => d.overdue ? t('yes') : '']],
    title: d => d.facts, link: d => `#/dispute/${d.id}`,
  },
  'petition-backlog': {
    path: '/api/v1/petition-backlog', filters: [],
    columns: [['col.receivedAt', p => day(p.receivedAt)], ['col.area', p => p.areaCode], ['col.agency', p => p.agency],
      ['col.state', p => p.state], ['col.age', p => p.ageDays]],
    title: p => p.matter,
  },
  'legal-aid-overdue': {
    path: '/api/v1/legal-aid-overdue', filters: [],
    columns: [['col.receivedAt', a => a.receivedOn], ['col.area', a => a.areaCode], ['col.category', a => a.category],
      ['col.state', a => a.state], ['col.due', a => a.decisionDue?.dueOn ?? '']],
    title: a => a.matter,
  },
  'supervision-tasks': {
    path: '/api/v1/assessment/supervision-tasks',
    filters: [{ name: 'state', options: TASK_STATES, label: s => t(`taskState.${s}`) }],
    columns: [['col.openedAt', s => day(s.openedAt)], ['col.unit', s => s.unitName], ['col.period', s => s.period],
      ['col.state', s => t(`taskState.${s.state}`)], ['col.due', s => s.deadline?.dueOn ?? '']],
    title: s => s.issue,
  },
  // The archive's audit log, its hash chain verified on request; an auditor's own entries by the subject filter.
  audit: {
    path: '/api/v1/audit', roles: ['AUDITOR'], noArea: true, key: a => a.sequence,
    filters: [{ name: 'subject' }, { name: 'action', options: AUDIT_ACTIONS, label: a => t(`auditAction.${a}`) }, { name: 'record' },
      { name: 'from', type: 'date', send: chinaMidnight }, { name: 'before', type: 'date', send: chinaMidnight }],
    columns: [['col.sequence', a => a.sequence], ['col.at', a => a.at.slice(0, 19).replace('T', ' ')], ['col.subject', a => a.subject],
      ['col.action', a => t(`auditAction.${a.action}`)], ['col.hits', a => a.hitCount ?? ''], ['col.purpose', a => a.purpose ?? ''],
      ['col.hash', a => a.hash.slice(0, 12)]],
    title: a => a.query || a.ids.join(' '),
    extra: (main, kind) => [
      el('button', { type: 'button', 'data-action': 'mine', onclick: () => {
        memory[kind].filters.subject = current().user.id;
        memory[kind].cursors = [null];
        memory[kind].page = 0;
        memory[kind].result = null;
        render(main, [kind]);
      } }, t('audit.mine')),
      el('button', { type: 'button', 'data-action': 'verify', onclick: () => verify(main) }, t('audit.verify')),
      el('p', { 'data-chain': '', role: 'status' })],
  },
  // Every user's own trail (their searches, unmasked reads and exports); the API sets the subject to the caller.
  'my-audit': {
    path: '/api/v1/audit/mine', noArea: true, key: a => a.sequence, intro: 'myAudit.intro',
    filters: [{ name: 'action', options: AUDIT_ACTIONS, label: a => t(`auditAction.${a}`) },
      { name: 'from', type: 'date', send: chinaMidnight }, { name: 'before', type: 'date', send: chinaMidnight }],
    columns: [['col.at', a => a.at.slice(0, 19).replace('T', ' ')], ['col.action', a => t(`auditAction.${a.action}`)],
      ['col.hits', a => a.hitCount ?? ''], ['col.purpose', a => a.purpose ?? '']],
    title: a => a.query || a.ids.join(' '),
  },
};

const fieldsOf = (list) => [...(list.noArea ? [] : [{ name: 'area' }]), ...list.filters];

async function verify(main) {
  const slot = main.querySelector('[data-chain]');
  try {
    const verdict = await get('/api/v1/audit/verify');
    slot.dataset.chain = verdict.intact ? 'intact' : 'broken';
    slot.textContent = verdict.intact ? t('audit.intact', { n: verdict.checked })
      : t('audit.broken', { n: verdict.checked, at: verdict.firstBroken, reason: verdict.reason ?? '' });
  } catch (e) {
    slot.dataset.chain = 'refused';
    slot.textContent = e.problem?.detail || e.message;
  }
}

/** The lists this user's roles may open. */
function listsFor(roles) {
  return Object.keys(LISTS).filter(k => !LISTS[k].roles || LISTS[k].roles.some(r => roles.includes(r)));
}

// How many items a page holds (the API's limit, 1 to 100).
const LIMIT = { name: 'limit', options: ['20', '10', '50', '100'], label: n => n, noAny: true };

// Per list: the filters as last sent, the cursor of each page seen and the page shown (kept when coming back).
const memory = {};

function stateOf(kind) {
  return memory[kind] ??= { filters: {}, cursors: [null], page: 0, result: null };
}

function query(list, s) {
  const params = new URLSearchParams();
  for (const f of fieldsOf(list)) {
    const value = (s.filters[f.name] ?? '').trim();
    if (value) params.set(f.name, f.send ? f.send(value) : value);
  }
  if (s.cursors[s.page]) params.set('cursor', s.cursors[s.page]);
  params.set('limit', s.filters.limit || '20');
  return params;
}

async function load(main, kind, page) {
  const list = LISTS[kind];
  const s = stateOf(kind);
  const form = main.querySelector('form');
  clearErrors(form);
  const previous = s.page;
  s.page = page;
  try {
    s.result = await get(`${list.path}?${query(list, s)}`);
    s.cursors[page + 1] = s.result.nextCursor ?? null;
    s.cursors.length = page + 2;
    show(main, kind);
  } catch (e) {
    // A refused query shows its reason and nothing else: not the rows of the query before.
    s.page = previous;
    s.result = null;
    clear(main.querySelector('.results'));
    showProblem(form, e);
  }
}

function show(main, kind) {
  const list = LISTS[kind];
  const s = stateOf(kind);
  const r = s.result;
  clear(main.querySelector('.results'),
    r.items.length
      ? el('table', { class: 'list', 'data-list': kind },
        el('caption', { class: 'muted' }, t('page.number', { n: s.page + 1 })),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col.what')), list.columns.map(([key]) => el('th', { scope: 'col' }, t(key))))),
        el('tbody', {}, r.items.map(item => el('tr', { 'data-item': String((list.key ?? (i => i.id))(item)) },
          el('td', { class: 'what' }, list.link ? el('a', { href: list.link(item) }, brief(list.title(item))) : brief(list.title(item))),
          list.columns.map(([key, value]) => el('td', { 'data-col': key.slice(4) }, value(item)))))))
      : el('p', { 'data-empty': '' }, t('work.none')),
    el('div', { class: 'row' },
      el('button', { type: 'button', 'data-page': 'previous', disabled: s.page === 0, onclick: () => load(main, kind, s.page - 1) }, t('page.previous')),
      el('span', { 'data-page-number': String(s.page + 1) }, t('page.number', { n: s.page + 1 })),
      el('button', { type: 'button', 'data-page': 'next', disabled: !r.nextCursor, onclick: () => load(main, kind, s.page + 1) }, t('page.next'))));
}

function brief(text) {
  const s = String(text ?? '');
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

function filterControl(kind, f, value) {
  const id = `f-${f.name}`;
  const control = f.options
    ? el('select', { id, name: f.name }, f.noAny ? null : el('option', { value: '' }, t('work.any')), f.options.map(o => el('option', { value: o }, f.label(o))))
    : el('input', { id, name: f.name, type: f.type ?? 'text', size: f.name === 'area' ? '12' : '10' });
  control.value = value ?? (f.noAny ? f.options[0] : '');
  return [el('label', { for: id }, t(`filter.${f.name}`)), control, el('span', { class: 'error', role: 'alert', 'data-error-for': f.name })];
}

export async function render(main, [kind]) {
  const list = LISTS[kind];
  const s = stateOf(kind);
  const form = el('form', { class: 'filters', 'aria-label': t('work.filters'), onsubmit: (event) => {
    event.preventDefault();
    for (const f of [...fieldsOf(list), LIMIT]) s.filters[f.name] = form.elements[f.name].value;
    s.cursors = [null];
    load(main, kind, 0);
  } },
    el('div', { class: 'row' }, [...fieldsOf(list), LIMIT].flatMap(f => filterControl(kind, f, s.filters[f.name])),
      el('button', { type: 'submit', 'data-action': 'filter' }, t('work.apply')), list.extra ? list.extra(main, kind) : null),
    el('p', { class: 'error', role: 'alert', 'data-error-for': '*' }));
  clear(main,
    el('h1', {}, t(`work.${kind}`)),
    list.intro ? el('p', { class: 'muted', 'data-intro': '' }, t(list.intro)) : null,
    el('nav', { class: 'tabs', 'aria-label': t('work.title') }, listsFor(current()?.user?.roles ?? []).map(k =>
      el('a', { href: `#/work/${k}`, 'aria-current': k === kind ? 'page' : undefined }, t(`work.${k}`)))),
    form, el('div', { class: 'results' }));
  if (s.result) show(main, kind);
  else await load(main, kind, 0);
}
