// The dashboards of an area (by default the user's jurisdiction), every figure from an API operation that computes it:
// the weekly digests (一周一结) of the last weeks and of each sub-area, the events of each week by the state they stand
// in now, the dispute figures and the disputes by type and channel, the petition figures, the stored
// assessment results (ranking with each score's breakdown, the departments' scheme), the published notices, and a map
// of the grid boundaries (GeoJSON from the grids operation, drawn with ECharts' registerMap, no tile server).
// Big-screen mode: full screen, larger type, refreshed every minute. A figure the user's role may not read, or that
// has no data, says so in its place.
import { get } from '../api.js';
import { el, clear } from '../dom.js';
import { language, t, tOr } from '../i18n.js';
import { current } from '../session.js';
import { echartsReady } from '../charts.js';

const WEEKS = 8;
const REFRESH_MS = 60_000;
let refresh;
const instances = [];

/** YYYY-MM-DD of a Date in China (UTC+8, no daylight saving). */
function chinaDay(date) {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function weeksBack(n) {
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => chinaDay(new Date(now - (n - 1 - i) * 7 * 86400_000)));
}

/** YYYY-MM of this month in China (offset 0) or of one before (-1). */
function monthOf(offset) {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + offset);
  return d.toISOString().slice(0, 7);
}

const pct = (v) => v === undefined || v === null ? null : Math.round(v * 1000) / 10;

function card(key, wide) {
  const body = el('div', { class: 'chart', role: 'img', 'aria-label': t(`dash.${key}`), 'data-chart-body': key });
  return el('figure', { class: wide ? 'chart-card wide' : 'chart-card', 'data-chart': key },
    el('figcaption', {}, el('h2', {}, t(`dash.${key}`))), body);
}

function unavailable(root, key, error) {
  const body = root.querySelector(`[data-chart-body="${key}"]`);
  body.removeAttribute('role');
  body.removeAttribute('aria-label');
  body.dataset.unavailable = String(error?.status ?? 'none');
  clear(body, el('p', { class: 'muted' }, error?.status === 403 ? t('dash.notForRole') : t('dash.noData')));
}

function draw(echarts, root, key, option) {
  const body = root.querySelector(`[data-chart-body="${key}"]`);
  const chart = echarts.init(body, null, { renderer: 'canvas' });
  chart.setOption({ animation: false, tooltip: { renderMode: 'richText' }, textStyle: { fontSize: document.body.classList.contains('big') ? 18 : 12 }, ...option });
  instances.push(chart);
  body.dataset.drawn = 'true';
}

const bars = (names, series, horizontal) => ({
  legend: { top: 0 }, grid: { left: horizontal ? 120 : 50, right: 20, top: 40, bottom: 40 },
  [horizontal ? 'yAxis' : 'xAxis']: { type: 'category', data: names },
  [horizontal ? 'xAxis' : 'yAxis']: { type: 'value' },
  series,
});

async function weekly(echarts, root, area) {
  const weeks = weeksBack(WEEKS);
  const digests = await Promise.all(weeks.map(w => get(`/api/v1/areas/${area}/weekly-digest?week=${w}`)));
  const labels = digests.map(d => d.weekStart.slice(5));
  const grades = [...new Map(digests.flatMap(d => d.byGrade).map(g => [g.code, g])).values()].sort((a, b) => a.severity - b.severity);
  draw(echarts, root, 'byGrade', bars(labels, grades.map(g => ({ name: g.label, type: 'bar', stack: 'grade',
    data: digests.map(d => d.byGrade.find(x => x.code === g.code)?.count ?? 0) }))));
  draw(echarts, root, 'flow', bars(labels, [
    { name: t('dash.reported'), type: 'line', data: digests.map(d => d.reported) },
    { name: t('dash.closed'), type: 'line', data: digests.map(d => d.closed) },
    { name: t('dash.overdue'), type: 'line', data: digests.map(d => d.overdue) },
    { name: t('dash.verdicts'), type: 'line', data: digests.map(d => d.verdicts) }]));
}

const STATES = ['REPORTED', 'ACCEPTED', 'CALLED', 'DISPATCHED', 'IN_PROGRESS', 'REOPENED', 'RESOLVED', 'CLOSED', 'REJECTED'];

/** The events reported in each of the last weeks, stacked by the state they stand in now (one call, counted by the store). */
async function byState(echarts, root, area) {
  const f = await get(`/api/v1/areas/${area}/event-state-weeks?weeks=${WEEKS}`);
  const states = STATES.filter(s => f.counts.some(c => c.state === s));
  if (!states.length) { unavailable(root, 'byState'); return; }
  const total = (week, state) => f.counts.filter(c => c.week === week && c.state === state).reduce((n, c) => n + c.count, 0);
  draw(echarts, root, 'byState', bars(f.weeks.map(w => w.slice(5)), states.map(s => ({
    name: t(`state.${s}`), type: 'bar', stack: 'state', data: f.weeks.map(w => total(w, s)) }))));
}

/** The disputes of the last year by type and by mediation channel (one call, grouped by the store). */
async function disputeBreakdown(echarts, root, area, from, to) {
  const f = await get(`/api/v1/areas/${area}/dispute-breakdown?from=${from}&to=${to}`);
  if (!f.byType.length) { ['disputeTypes', 'disputeChannels'].forEach(k => unavailable(root, k)); return; }
  const types = [...f.byType].reverse();
  draw(echarts, root, 'disputeTypes', bars(types.map(c => tOr(`dtype.${c.code}`, c.label)), [
    { name: t('dash.count'), type: 'bar', data: types.map(c => c.count) }], true));
  draw(echarts, root, 'disputeChannels', {
    legend: { top: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], top: 30, label: { formatter: '{b}: {c}' },
      data: f.byChannel.map(c => ({ name: t(`channel.${c.channel}`), value: c.count })) }],
  });
}

async function overdueByArea(echarts, root, area) {
  // The last whole week: the week under way may have only begun. The children's digests come in one call (counted
  // from one grouped read), their names from the area tree.
  const lastWeek = chinaDay(new Date(Date.now() - 7 * 86400_000));
  const [tree, digests] = await Promise.all([get(`/api/v1/areas/${area}/children`),
    get(`/api/v1/areas/${area}/children/weekly-digests?week=${lastWeek}`)]);
  const children = tree.items.slice(0, 30);
  if (!children.length) { unavailable(root, 'overdueByArea'); return; }
  const overdue = new Map(digests.items.map(d => [d.area, d.overdue]));
  draw(echarts, root, 'overdueByArea', bars(children.map(c => c.name), [
    { name: t('dash.overdue'), type: 'bar', data: children.map(c => overdue.get(c.code) ?? 0) }], true));
}

async function disputes(echarts, root, area, from, to) {
  const f = await get(`/api/v1/areas/${area}/dispute-figures?from=${from}&to=${to}`);
  const rates = ['resolutionRate', 'fulfilledAtFollowUp', 'followUpCoverage', 'relapseRate', 'shareEscalated'];
  draw(echarts, root, 'disputes', bars(rates.map(r => t(`dash.${r}`)), [
    { name: '%', type: 'bar', data: rates.map(r => pct(f[r])) }], true));
}

async function petitions(echarts, root, area, from, to) {
  const f = await get(`/api/v1/areas/${area}/petition-figures?from=${from}&to=${to}`);
  const counts = ['received', 'accepted', 'replied', 'repliedOnTime', 'lateUnanswered', 'backlog'];
  draw(echarts, root, 'petitions', bars(counts.map(c => t(`dash.${c}`)), [
    { name: t('dash.count'), type: 'bar', data: counts.map(c => f[c] ?? 0) }]));
}

/** A stored result as a ranking: one bar per unit, stacked by the points each indicator gave (the breakdown). */
function ranking(echarts, root, key, result, names) {
  const units = result.units.filter(u => u.score !== undefined && u.score !== null).reverse();
  if (!units.length) { unavailable(root, key); return; }
  const indicators = [...new Set(units.flatMap(u => u.lines.map(l => l.indicator)))];
  draw(echarts, root, key, bars(units.map(u => `${u.rank}. ${u.name}`), indicators.map(i => ({
    name: names[i] ?? i, type: 'bar', stack: 'score',
    data: units.map(u => Math.round((u.lines.find(l => l.indicator === i)?.points ?? 0) * 10) / 10) })), true));
}

/** The share indicators' raw values per unit of the same result (closure, on-time and the other rates, as computed). */
function rates(echarts, root, result, names, units) {
  const scored = result.units.filter(u => u.lines.length);
  const shares = [...new Set(scored.flatMap(u => u.lines.map(l => l.indicator)))].filter(i => units[i] === 'SHARE');
  if (!scored.length || !shares.length) { unavailable(root, 'rates'); return; }
  draw(echarts, root, 'rates', bars(scored.map(u => u.name), shares.map(i => ({
    name: names[i] ?? i, type: 'bar', data: scored.map(u => pct(u.lines.find(l => l.indicator === i)?.raw)) }))));
}

async function assessment(echarts, root, area, notices) {
  const [indicators] = await Promise.all([get('/api/v1/assessment/indicators')]);
  const names = Object.fromEntries(indicators.items.map(i => [i.id, i.name]));
  const unitOf = Object.fromEntries(indicators.items.map(i => [i.id, i.unit]));
  const latest = notices.items[0];
  if (!latest) { ['ranking', 'rates', 'departments'].forEach(k => unavailable(root, k)); return; }
  const result = await get(`/api/v1/assessment/schemes/${latest.scheme}/results/${latest.area}/${latest.period}`);
  root.querySelector('[data-chart="ranking"] h2').textContent = `${t('dash.ranking')} · ${result.schemeName} ${result.period}`;
  ranking(echarts, root, 'ranking', result, names);
  rates(echarts, root, result, names, unitOf);
  await departments(echarts, root, latest.area, names);
}

/**
 * The departments' answers to summonses (吹哨报到): the department scheme's latest stored result with departments in it,
 * of this month or the two before (a quiet month has none), with each summons indicator's value per department
 * (lateness, answer and arrival rates) as the API computed it.
 */
async function departments(echarts, root, area, names) {
  for (const period of [monthOf(0), monthOf(-1), monthOf(-2)]) {
    let result;
    try {
      result = await get(`/api/v1/assessment/schemes/department-monthly/results/${area}/${period}`);
    } catch (e) {
      if (e.status === 404) continue;
      throw e;
    }
    const units = result.units.filter(u => u.lines.some(l => l.raw !== undefined));
    if (!units.length) continue;
    const summons = [...new Set(units.flatMap(u => u.lines.map(l => l.indicator)))].filter(i => i.startsWith('summons-'));
    root.querySelector('[data-chart="departments"] h2').textContent = `${t('dash.departments')} · ${period}`;
    draw(echarts, root, 'departments', bars(units.map(u => u.name), summons.map(i => ({
      name: names[i] ?? i, type: 'bar', data: units.map(u => pct(u.lines.find(l => l.indicator === i)?.raw)) }))));
    return;
  }
  unavailable(root, 'departments');
}

function noticeTable(root, notices) {
  const slot = root.querySelector('[data-notices]');
  clear(slot, notices.items.length
    ? el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, ['col.scheme', 'col.area', 'col.period', 'dash.commended', 'dash.criticised', 'dash.publishedAt']
        .map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, notices.items.map(n => el('tr', { 'data-notice-id': n.id },
        el('td', {}, n.scheme), el('td', {}, n.area), el('td', {}, n.period), el('td', {}, n.commended), el('td', {}, n.criticised),
        el('td', {}, (n.publishedAt ?? '').slice(0, 10))))))
    : el('p', { class: 'muted' }, t('dash.noData')));
}

/** The community the map shows: asked for, or the area itself if a community, or the first below it. */
async function mapCommunity(area, asked) {
  if (asked) return asked;
  let code = area;
  const community = (c) => /^[0-9]{12}$/.test(c) && !c.endsWith('000');
  for (let depth = 0; depth < 3 && !community(code); depth++) {
    const children = (await get(`/api/v1/areas/${code}/children`)).items;
    if (!children.length) break;
    code = children[0].code;
  }
  return code;
}

async function gridMap(echarts, root, area, asked) {
  const community = await mapCommunity(area, asked);
  const grids = [];
  let cursor = null;
  do {
    const page = await get(`/api/v1/areas/${community}/grids?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    grids.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && grids.length < 1000);
  const drawn = grids.filter(g => g.boundary);
  root.querySelector('[data-chart="map"] h2').textContent = `${t('dash.map')} · ${community}`;
  if (!drawn.length) { unavailable(root, 'map'); return; }
  const name = `grids-${community}`;
  echarts.registerMap(name, { type: 'FeatureCollection', features: drawn.map(g => ({
    type: 'Feature', properties: { name: g.code }, geometry: g.boundary })) });
  const values = drawn.map(g => ({ name: g.code, value: g.counts?.residents ?? 0, grid: g.name }));
  draw(echarts, root, 'map', {
    visualMap: { min: 0, max: Math.max(1, ...values.map(v => v.value)), left: 0, bottom: 0, text: [t('dash.residents'), ''], calculable: true },
    series: [{ type: 'map', map: name, roam: true, data: values, label: { show: drawn.length <= 30 } }],
  });
}

async function fill(root, area, community) {
  instances.splice(0).forEach(chart => chart.dispose());
  const echarts = await echartsReady();
  const to = chinaDay(new Date());
  const from = chinaDay(new Date(Date.now() - 365 * 86400_000));
  let notices = { items: [] };
  try {
    notices = await get(`/api/v1/assessment/notices?area=${area}&state=PUBLISHED&limit=20`);
    noticeTable(root, notices);
  } catch (e) {
    clear(root.querySelector('[data-notices]'), el('p', { class: 'muted' }, e.status === 403 ? t('dash.notForRole') : t('dash.noData')));
  }
  const jobs = [
    [['byGrade', 'flow'], () => weekly(echarts, root, area)],
    [['byState'], () => byState(echarts, root, area)],
    [['overdueByArea'], () => overdueByArea(echarts, root, area)],
    [['disputeTypes', 'disputeChannels'], () => disputeBreakdown(echarts, root, area, from, to)],
    [['disputes'], () => disputes(echarts, root, area, from, to)],
    [['petitions'], () => petitions(echarts, root, area, from, to)],
    [['ranking', 'rates', 'departments'], () => assessment(echarts, root, area, notices)],
    [['map'], () => gridMap(echarts, root, area, community)],
  ];
  await Promise.all(jobs.map(([keys, job]) => job().catch(e => keys.forEach(k => {
    if (!root.querySelector(`[data-chart-body="${k}"]`).dataset.drawn) unavailable(root, k, e);
  }))));
  const updated = document.querySelector('[data-updated]');
  if (updated) updated.textContent = t('dash.updated', { at: new Date().toLocaleTimeString(language()) });
  root.dataset.ready = 'true';
}

function leave() {
  clearInterval(refresh);
  refresh = undefined;
  instances.splice(0).forEach(chart => chart.dispose());
  document.body.classList.remove('big');
}

window.addEventListener('hashchange', () => { if (!location.hash.startsWith('#/dashboard')) leave(); });
window.addEventListener('resize', () => instances.forEach(chart => chart.resize()));

export async function render(main, [query]) {
  leave();
  const params = new URLSearchParams(query ?? '');
  const area = params.get('area') || current().user.jurisdiction;
  const community = params.get('community') || '';
  const big = params.get('big') === '1';
  document.body.classList.toggle('big', big);
  const link = (changes) => {
    const next = new URLSearchParams(params);
    Object.entries(changes).forEach(([k, v]) => v ? next.set(k, v) : next.delete(k));
    return `#/dashboard?${next}`;
  };
  const form = el('form', { class: 'row', 'aria-label': t('dash.title'), onsubmit: (e) => {
    e.preventDefault();
    location.hash = link({ area: form.elements.area.value.trim(), community: form.elements.community.value.trim() });
  } },
    el('label', { for: 'd-area' }, t('filter.area')), el('input', { id: 'd-area', name: 'area', size: '12', value: area }),
    el('label', { for: 'd-community' }, t('dash.mapCommunity')), el('input', { id: 'd-community', name: 'community', size: '12', value: community }),
    el('button', { type: 'submit' }, t('work.apply')),
    el('button', { type: 'button', 'data-action': 'big', 'aria-pressed': String(big), onclick: () => {
      if (!big && document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => {});
      if (big && document.fullscreenElement) document.exitFullscreen().catch(() => {});
      location.hash = link({ big: big ? '' : '1' });
    } }, big ? t('dash.leaveBig') : t('dash.big')),
    el('span', { class: 'muted', 'data-updated': '', 'aria-live': 'polite' }));
  const root = el('div', { class: 'dashboard' },
    el('div', { class: 'charts' },
      card('byGrade'), card('byState'), card('flow'), card('overdueByArea'), card('disputes'), card('disputeTypes'),
      card('disputeChannels'), card('petitions'),
      card('ranking', true), card('rates', true), card('departments', true), card('map', true)),
    el('section', { class: 'card' }, el('h2', {}, t('dash.notices')), el('div', { 'data-notices': '' })));
  clear(main, el('h1', {}, `${t('dash.title')} · ${area}`), form, root);
  await fill(root, area, community);
  if (big) {
    refresh = setInterval(() => {
      if (!document.body.contains(root)) { leave(); return; }
      root.dataset.ready = 'false';
      fill(root, area, community);
    }, REFRESH_MS);
  }
}
