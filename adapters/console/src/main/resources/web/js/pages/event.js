// A grid event: what it is, where it stands, its timeline, and a form for each transition the user may take now
// (workflow.js). Each change is sent with If-Match: the version read. A 412 means someone changed the event since:
// the page says so, reloads the event as it now stands and keeps what the user typed (drafts), so nothing is lost.
import { get, getTagged, postIfMatch } from '../api.js';
import { el, clear } from '../dom.js';
import { t } from '../i18n.js';
import { draftBook, refusal, stepForm } from '../forms.js';
import { current } from '../session.js';
import { allowedTransitions, requestBody } from '../workflow.js';

// What the user typed in each transition's form, per event: survives a reload of the event after a stale edit.
const drafts = draftBook();

function field(id, transition, f) {
  const inputId = `${transition.op}-${f.name}`;
  const draft = drafts.of(id, transition.op);
  const attrs = { id: inputId, name: f.name, 'aria-required': f.required ? 'true' : undefined, 'aria-describedby': `${inputId}-error`,
    oninput: (e) => { draft[f.name] = e.target.value; } };
  const input = f.kind === 'textarea' ? el('textarea', { ...attrs, rows: '2', maxlength: '2000' })
    : el('input', { ...attrs, type: f.kind === 'number' ? 'number' : 'text', min: f.min, max: f.max });
  input.value = draft[f.name] ?? (f.name === 'department' ? (current()?.user?.department ?? '') : '');
  return el('div', { class: 'field' },
    el('label', { for: inputId }, t(`field.${f.name}`), f.kind === 'list' ? ` ${t('field.listHint')}` : ''),
    input,
    el('span', { class: 'error', role: 'alert', id: `${inputId}-error`, 'data-error-for': f.name }));
}

function transitionForm(main, id, state, transition) {
  const label = t(`transition.${transition.op}`);
  return stepForm({ name: transition.op, label, fields: transition.fields.map(f => field(id, transition, f)),
    send: () => postIfMatch(`/api/v1/events/${id}/${transition.op}`, state.etag, requestBody(transition, drafts.of(id, transition.op))),
    changed: async (changed) => {
      drafts.clear(id, transition.op);
      state.event = changed.body.event;
      state.etag = changed.etag;
      state.notice = t('event.changed', { state: t(`state.${state.event.state}`) });
      await show(main, id, state);
    },
    // Someone changed the event since it was read: show it as it now stands, keep the drafts.
    stale: () => reload(main, id, state, true) });
}

async function reload(main, id, state, stale) {
  const read = await getTagged(`/api/v1/events/${id}`);
  state.event = read.body;
  state.etag = read.etag;
  state.stale = stale;
  state.notice = stale ? t('event.stale', { state: t(`state.${read.body.state}`), version: read.body.version }) : null;
  await show(main, id, state);
}

async function show(main, id, state) {
  const e = state.event;
  const timeline = await get(`/api/v1/events/${id}/timeline`);
  const transitions = allowedTransitions(e);
  const stale = state.stale;
  state.stale = false;
  // After a stale edit, what the user typed for a transition the event no longer allows is shown, not dropped.
  const kept = stale ? Object.entries(drafts.all(id)).filter(([op, values]) => !transitions.some(tr => tr.op === op)
    && Object.values(values).some(v => String(v ?? '').trim())) : [];
  clear(main,
    el('a', { href: '#/work/events' }, t('event.back')),
    el('h1', {}, t('event.title')),
    el('p', { class: stale ? 'notice stale' : 'notice', role: 'status', 'data-notice': stale ? 'stale' : 'changed', hidden: !state.notice }, state.notice ?? ''),
    el('section', { class: 'card' },
      el('p', { 'data-event-text': '' }, e.text),
      el('dl', { class: 'facts' },
        el('dt', {}, t('col.state')), el('dd', { 'data-event-state': e.state }, t(`state.${e.state}`)),
        el('dt', {}, t('col.grade')), el('dd', {}, e.grade.label),
        el('dt', {}, t('col.category')), el('dd', {}, t(`category.${e.category}`)),
        el('dt', {}, t('col.grid')), el('dd', {}, e.gridCode),
        el('dt', {}, t('col.reportedAt')), el('dd', {}, e.reportedAt.slice(0, 16).replace('T', ' ')),
        el('dt', {}, t('col.due')), el('dd', {}, `${e.deadline?.dueOn ?? ''}${e.overdue ? ` (${t('col.overdue')})` : ''}`),
        el('dt', {}, t('event.version')), el('dd', { 'data-event-version': String(e.version) }, String(e.version)),
        e.dispatchedTo.length ? [el('dt', {}, t('event.dispatchedTo')), el('dd', {}, e.dispatchedTo.join('、'))] : null)),
    el('section', { class: 'card' }, el('h2', {}, t('case.timeline')),
      el('ol', { class: 'timeline', 'data-timeline': '' }, timeline.items.map(item => el('li', {},
        el('strong', {}, item.at.slice(0, 16).replace('T', ' ')), ' ',
        `${t(`role.${item.role}`)} ${item.actor} · ${item.from ? `${t(`state.${item.from}`)} → ` : ''}${t(`state.${item.to}`)}`,
        item.note ? ` · ${item.note}` : '')))),
    kept.length ? el('section', { class: 'card', 'data-kept': '' }, el('h2', {}, t('event.kept')),
      kept.map(([op, values]) => el('p', {}, `${t(`transition.${op}`)}：${Object.values(values).filter(v => String(v ?? '').trim()).join(' / ')}`))) : null,
    el('section', { 'aria-labelledby': 'h-transitions' }, el('h2', { id: 'h-transitions' }, t('event.transitions')),
      transitions.length ? transitions.map(tr => transitionForm(main, id, state, tr)) : el('p', { class: 'muted', 'data-no-transition': '' }, t('event.noTransition'))));
}

export async function render(main, [id]) {
  const state = {};
  try {
    await reload(main, id, state, false);
  } catch (e) {
    refusal(main, e, '#/work/events', t('event.back'));
  }
}
