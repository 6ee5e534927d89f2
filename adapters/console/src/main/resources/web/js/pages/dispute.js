// A dispute as the API answers it (masked by the API without PERSONAL_DATA), its timeline, and a form for each step the
// user may take now: the dispute's `actions` (workflow.js holds only each step's form). Each change is sent with
// If-Match: the version read; a 412 (someone changed it since) is explained, the dispute shown as it now stands and
// what the user typed kept, as on an event's page.
import { get, getTagged, postIfMatch } from '../api.js';
import { el, clear } from '../dom.js';
import { t } from '../i18n.js';
import { draftBook, refusal, stepForm } from '../forms.js';
import { allowedDisputeTransitions, requestBody } from '../workflow.js';

// What the user typed in each step's form, per dispute: survives the reload after a stale edit.
const drafts = draftBook();

// A select shows each value's name in the user's language (中文 by default), never the contract's code; the value sent is
// the code.
export function optionLabel(field, value) {
  if (field.name === 'channel') return t(`channel.${value}`);
  // The consultation's bodies, one or several, are the same choices.
  return t(`dopt.${field.name === 'bodies' ? 'body' : field.name}.${value}`);
}

function field(id, transition, f) {
  const inputId = `d-${transition.action}-${f.name}`;
  const draft = drafts.of(id, transition.action);
  const attrs = { id: inputId, name: f.name, 'aria-required': f.required ? 'true' : undefined, 'aria-describedby': `${inputId}-error`,
    oninput: (e) => { draft[f.name] = e.target.value; }, onchange: (e) => { draft[f.name] = e.target.value; } };
  if (f.kind === 'choices') return choices(inputId, draft, f);
  let input;
  if (f.kind === 'textarea') input = el('textarea', { ...attrs, rows: '2', maxlength: '4000' });
  else if (f.kind === 'select') input = el('select', attrs, el('option', { value: '' }, '—'), f.options.map(v => el('option', { value: v }, optionLabel(f, v))));
  else input = el('input', { ...attrs, type: f.kind === 'date' ? 'date' : 'text' });
  input.value = draft[f.name] ?? '';
  return el('div', { class: 'field' },
    el('label', { for: inputId }, t(`dfield.${f.name}`), f.kind === 'list' ? ` ${t('field.listHint')}` : ''),
    input,
    el('span', { class: 'error', role: 'alert', id: `${inputId}-error`, 'data-error-for': f.name }));
}

// Several of a list of choices (the bodies a consultation convenes): a checkbox per choice, named in the user's
// language; the draft keeps the codes checked, comma-separated, as a typed list would be.
function choices(inputId, draft, f) {
  const checked = new Set(String(draft[f.name] ?? '').split(',').filter(Boolean));
  const keep = (fieldset) => {
    draft[f.name] = [...fieldset.querySelectorAll('input:checked')].map(box => box.value).join(',');
  };
  const fieldset = el('fieldset', { class: 'field choices', 'aria-describedby': `${inputId}-error`, 'data-choices': f.name },
    el('legend', {}, t(`dfield.${f.name}`)),
    f.options.map(v => el('label', {},
      el('input', { type: 'checkbox', name: f.name, value: v, checked: checked.has(v), onchange: () => keep(fieldset) }),
      ` ${optionLabel(f, v)}`)),
    el('span', { class: 'error', role: 'alert', id: `${inputId}-error`, 'data-error-for': f.name }));
  return fieldset;
}

function transitionForm(main, id, state, transition) {
  const label = t(`daction.${transition.action}`);
  return stepForm({ name: transition.action, label, fields: transition.fields.map(f => field(id, transition, f)),
    send: () => postIfMatch(`/api/v1/disputes/${id}/${transition.op}`, state.etag, requestBody(transition, drafts.of(id, transition.action))),
    changed: async (changed) => {
      drafts.clear(id, transition.action);
      state.dispute = changed.body.dispute;
      state.etag = changed.etag;
      state.notice = t('dispute.changed', { state: t(`disputeState.${state.dispute.state}`) });
      await show(main, id, state);
    },
    // Someone changed the dispute since it was read: show it as it now stands, keep the drafts.
    stale: () => reload(main, id, state, true) });
}

async function reload(main, id, state, stale) {
  const read = await getTagged(`/api/v1/disputes/${id}`);
  state.dispute = read.body;
  state.etag = read.etag;
  state.notice = stale ? t('dispute.stale', { state: t(`disputeState.${read.body.state}`), version: read.body.version }) : null;
  state.stale = stale;
  await show(main, id, state);
}

async function show(main, id, state) {
  const d = state.dispute;
  const timeline = await get(`/api/v1/disputes/${id}/timeline`);
  const transitions = allowedDisputeTransitions(d);
  const stale = state.stale;
  state.stale = false;
  clear(main,
    el('a', { href: '#/work/disputes' }, t('dispute.back')),
    el('h1', {}, t('dispute.title')),
    el('p', { class: stale ? 'notice stale' : 'notice', role: 'status', 'data-notice': stale ? 'stale' : 'changed', hidden: !state.notice }, state.notice ?? ''),
    el('section', { class: 'card' },
      el('p', {}, d.facts),
      el('dl', { class: 'facts' },
        el('dt', {}, t('col.state')), el('dd', { 'data-dispute-state': d.state }, t(`disputeState.${d.state}`)),
        el('dt', {}, t('col.type')), el('dd', {}, d.type?.label ?? ''),
        el('dt', {}, t('col.channel')), el('dd', {}, d.channel ? t(`channel.${d.channel}`) : ''),
        el('dt', {}, t('col.risk')), el('dd', {}, d.risk?.level ?? ''),
        el('dt', {}, t('col.area')), el('dd', {}, d.areaCode),
        el('dt', {}, t('col.due')), el('dd', {}, `${d.deadline?.dueOn ?? ''}${d.overdue ? ` (${t('col.overdue')})` : ''}`),
        el('dt', {}, t('event.version')), el('dd', { 'data-dispute-version': String(d.version) }, String(d.version)),
        el('dt', {}, t('case.parties')), el('dd', {}, d.parties.map(p => p.name).join('、')))),
    el('section', { class: 'card' }, el('h2', {}, t('case.timeline')),
      el('ol', { class: 'timeline', 'data-timeline': '' }, timeline.entries.map(item => el('li', {},
        el('strong', {}, item.at.slice(0, 16).replace('T', ' ')), ' ',
        `${t(`role.${item.by.role}`)} ${item.by.subject} · ${item.from ? `${t(`disputeState.${item.from}`)} → ` : ''}${t(`disputeState.${item.to}`)}`,
        item.note ? ` · ${item.note}` : '')))),
    el('section', { 'aria-labelledby': 'h-transitions' }, el('h2', { id: 'h-transitions' }, t('event.transitions')),
      transitions.length ? transitions.map(tr => transitionForm(main, id, state, tr))
        : el('p', { class: 'muted', 'data-no-transition': '' }, t('event.noTransition'))));
}

export async function render(main, [id]) {
  const state = {};
  try {
    await reload(main, id, state, false);
  } catch (e) {
    refusal(main, e, '#/work/disputes', t('dispute.back'));
  }
}
