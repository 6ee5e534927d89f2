// A case record whole (GET /api/v1/cases/{id}), masked by the API as the user may see it, with its timeline: the
// record's own dates, and for a grid event the event's full timeline where the user may read it.
import { get } from '../api.js';
import { el, clear } from '../dom.js';
import { t } from '../i18n.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function timeline(record) {
  const entries = [
    { at: record.occurredOn, text: t('case.occurred') },
  ];
  if (record.source === 'GRID_EVENT' && UUID.test(record.id.slice(3))) {
    try {
      const events = await get(`/api/v1/events/${record.id.slice(3)}/timeline`);
      events.items.forEach(item => entries.push({ at: item.at.slice(0, 16).replace('T', ' '), text: `${item.kind} → ${item.to} · ${item.note}` }));
    } catch {
      // Not every role may read the event itself: the record's dates remain.
    }
  }
  entries.push({ at: record.closedOn, text: t('case.closed') });
  return el('ol', { class: 'timeline', 'data-timeline': '' }, entries.map(e => el('li', {}, el('strong', {}, e.at), ' ', e.text)));
}

export async function render(main, [id]) {
  let record;
  try {
    record = await get(`/api/v1/cases/${id}`);
  } catch (e) {
    clear(main, el('p', { class: 'error', role: 'alert' }, e.problem?.detail || e.message), el('a', { href: '#/search' }, t('case.back')));
    return;
  }
  const section = (key, text) => text ? el('section', { class: 'card' }, el('h2', {}, t(key)), el('p', {}, text)) : null;
  clear(main,
    el('a', { href: '#/search' }, t('case.back')),
    el('h1', { 'data-case-title': '' }, record.title),
    el('p', { class: 'muted' }, `${t(`source.${record.source}`)} · ${t('case.type')} ${record.caseType} · ${t('case.area')} ${record.areaCode}`
      + (record.tags.length ? ` · ${t('case.tags')} ${record.tags.join('、')}` : '')),
    el('section', { class: 'card' }, el('h2', {}, t('case.timeline')), await timeline(record)),
    section('case.facts', record.facts), section('case.reasoning', record.reasoning), section('case.outcome', record.outcome),
    el('section', { class: 'card' }, el('h2', {}, t('case.parties')),
      el('table', { 'data-parties': '' },
        el('thead', {}, el('tr', {}, ['party.name', 'party.role', 'party.idNumber', 'party.phone'].map(k => el('th', { scope: 'col' }, t(k))))),
        el('tbody', {}, record.parties.map(p => el('tr', {},
          el('td', { 'data-party-name': '' }, p.name), el('td', {}, p.role), el('td', {}, p.idNumber ?? ''), el('td', {}, p.phone ?? '')))))));
}
