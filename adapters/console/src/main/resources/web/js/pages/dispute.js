// A dispute as the API answers it (masked by the API without PERSONAL_DATA) with its timeline.
import { get } from '../api.js';
import { el, clear } from '../dom.js';
import { t } from '../i18n.js';

export async function render(main, [id]) {
  let d;
  let timeline;
  try {
    [d, timeline] = await Promise.all([get(`/api/v1/disputes/${id}`), get(`/api/v1/disputes/${id}/timeline`)]);
  } catch (e) {
    clear(main, el('p', { class: 'error', role: 'alert', 'data-refused': String(e.status) }, e.problem?.detail || e.message),
      el('a', { href: '#/work/disputes' }, t('dispute.back')));
    return;
  }
  clear(main,
    el('a', { href: '#/work/disputes' }, t('dispute.back')),
    el('h1', {}, t('dispute.title')),
    el('section', { class: 'card' },
      el('p', {}, d.facts),
      el('dl', { class: 'facts' },
        el('dt', {}, t('col.state')), el('dd', { 'data-dispute-state': d.state }, t(`disputeState.${d.state}`)),
        el('dt', {}, t('col.type')), el('dd', {}, d.type?.label ?? ''),
        el('dt', {}, t('col.channel')), el('dd', {}, d.channel ? t(`channel.${d.channel}`) : ''),
        el('dt', {}, t('col.risk')), el('dd', {}, d.risk?.level ?? ''),
        el('dt', {}, t('col.area')), el('dd', {}, d.areaCode),
        el('dt', {}, t('case.parties')), el('dd', {}, d.parties.map(p => p.name).join('、')))),
    el('section', { class: 'card' }, el('h2', {}, t('case.timeline')),
      el('ol', { class: 'timeline', 'data-timeline': '' }, timeline.entries.map(item => el('li', {},
        el('strong', {}, item.at.slice(0, 16).replace('T', ' ')), ' ',
        `${t(`role.${item.by.role}`)} ${item.by.subject} · ${item.from ? `${t(`disputeState.${item.from}`)} → ` : ''}${t(`disputeState.${item.to}`)}`,
        item.note ? ` · ${item.note}` : '')))));
}
