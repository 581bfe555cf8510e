/*
 * Orbit dashboard: one page over the REST API (/api, see /api/openapi.json).
 *
 * The whole view lives in location.hash as URLSearchParams (see STATE_KEYS), so a copied link
 * reproduces it. Every change goes through navigate(), which rewrites the hash; applyHash() then
 * redraws only what the change touches (charts, evidence list, event, document).
 *
 * Text from the API is untrusted: it reaches the page through textContent only, never innerHTML.
 */
'use strict';

(() => {

// ---------------------------------------------------------------------------------------------
// constants

/** Partner colours, assigned in the order partners are listed, then poles, then anything else. */
const PALETTE = ['#4e79a7', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#8cd17d', '#d37295', '#86bcb6'];
const FOCAL_COLOUR = '#1f2d3d';
const OTHER_COLOUR = '#a3adb8';
const COOP = '#2e8540';
const CONFLICT = '#c0392b';
const NEUTRAL = '#9aa5b1';
const CHANNEL_COLOURS = ['#9ecae1', '#fdae6b', '#c7b2d6', '#a1d99b', '#fdd0a2', '#bcbddc'];

const DEFAULT_PARTNERS = { ARM: 'RUS,EU,USA,FRA,AZE' };

/** Every key the hash may hold, with its default ('' = the server's default or nothing chosen). */
const STATE_KEYS = {
  focal: '',          // entity id
  partners: '',       // comma list of entity ids
  by: 'quarter',      // month | quarter | year (week works too)
  from: '',           // YYYY-MM-DD
  to: '',             // YYYY-MM-DD
  poles: 'RUS,EU',    // pole A, pole B
  members: 'EU:FRA,DEU', // POLE:ID,ID (extra members counted with a pole)
  method: 'pelt',     // changepoint method: pelt | binseg | bocpd | none
  penalty: 'bic',     // bic | mbic | number
  net_from: '',       // network period; empty = from/to
  net_to: '',
  ev: '',             // evidence list: events | changepoint
  ev_dyad: '',        // A:B (events of the dyad, both directions)
  ev_actor: '',       // an entity (events with it as source or target)
  ev_partners: '',    // with ev_actor: only its events with these (the alignment's poles and members)
  ev_from: '',        // events: first day; changepoint: the changepoint period's first day
  ev_to: '',
  ev_offset: '',      // paging of the evidence list
  event: '',          // selected event id
  doc: '',            // open document id
};

const PAGE_SIZE = 50;

// ---------------------------------------------------------------------------------------------
// state in the URL

function readState() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const state = {};
  for (const [key, fallback] of Object.entries(STATE_KEYS)) {
    const value = params.get(key);
    state[key] = value === null ? fallback : value.trim();
  }
  return state;
}

function encodeState(state) {
  const params = new URLSearchParams();
  for (const key of Object.keys(STATE_KEYS)) {
    if (state[key] !== undefined && state[key] !== '') params.set(key, state[key]);
  }
  // commas and colons are legal in a fragment: keep links readable
  return params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** Changes the view: merges patch into the current state and writes the hash (which redraws). */
function navigate(patch, { replace = false } = {}) {
  const next = { ...readState(), ...patch };
  const hash = '#' + encodeState(next);
  if (hash === location.hash) return;
  if (replace) {
    history.replaceState(null, '', hash);
    applyHash();
  } else {
    location.hash = hash;
  }
}

function partnersOf(state) {
  return splitIds(state.partners).filter(id => id !== state.focal);
}

function splitIds(text) {
  return (text || '').split(',').map(s => s.trim().toUpperCase()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// API

class ApiError extends Error {
  constructor(problem, status) {
    super(problem.title || `HTTP ${status}`);
    this.title = problem.title || `HTTP ${status}`;
    this.status = problem.status || status;
    this.details = Array.isArray(problem.details) ? problem.details : [];
  }
}

const responseCache = new Map();

/** GETs an API path with query parameters (empty ones left out); rejects with an ApiError. */
async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const url = path + (query.toString() ? '?' + query : '');
  if (responseCache.has(url)) return responseCache.get(url);
  const request = fetchJson(url);
  responseCache.set(url, request);
  request.catch(() => responseCache.delete(url));
  return request;
}

/**
 * A server bound beyond loopback asks for its token on every API request. The dashboard asks the
 * analyst once, keeps it for this tab only (sessionStorage) and sends it as a Bearer token.
 */
const TOKEN_KEY = 'orbit-token';

function authHeaders() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

function askForToken(wrong) {
  const dialog = $('token-dialog');
  if (dialog.open) return;
  $('token-reason').textContent = wrong
    ? 'The token was refused. Enter the token the server was started with (--token or ORBIT_TOKEN).'
    : 'This server needs its API token (--token or ORBIT_TOKEN) to be read from another machine.';
  dialog.showModal();
}

function bindTokenDialog() {
  $('token-form').addEventListener('submit', e => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token-input').value.trim());
    $('token-dialog').close();
    location.reload();
  });
}

async function fetchJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', ...authHeaders() } });
  } catch (e) {
    throw new ApiError({ title: 'the server cannot be reached', details: [{ field: url, reason: String(e.message || e) }] }, 0);
  }
  const body = await response.json().catch(() => null);
  if (response.status === 401) askForToken(Boolean(sessionStorage.getItem(TOKEN_KEY)));
  if (!response.ok) {
    throw new ApiError(body || { title: `${response.status} ${response.statusText}` }, response.status);
  }
  return body;
}

function seriesParams(state) {
  return { by: state.by, from: state.from, to: state.to };
}

/**
 * The series parameters, with from/to defaulting to the stored events' first and last day: the
 * indicator panel would otherwise span the indicators' years (polls back to 2004), not the events'.
 */
function eventRange(state) {
  const datasets = (stats && stats.datasets) || [];
  const firsts = datasets.map(d => d.first).filter(Boolean).sort();
  const lasts = datasets.map(d => d.last).filter(Boolean).sort();
  return { by: state.by, from: state.from || firsts[0] || '', to: state.to || lasts[lasts.length - 1] || '' };
}

// ---------------------------------------------------------------------------------------------
// small DOM and formatting helpers

function $(id) {
  return document.getElementById(id);
}

/** Creates an element; children are nodes or strings (strings become text nodes, never HTML). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) && digits <= 2 ? String(value) : value.toFixed(digits);
}

function signed(value, digits = 1) {
  if (value === null || value === undefined) return '–';
  const text = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(digits);
  return (value > 0 ? '+' : value < 0 ? '−' : '±') + text;
}

function signClass(value) {
  return value > 0 ? 'pos' : value < 0 ? 'neg' : '';
}

/** Escapes text for an ECharts tooltip, which is rendered as HTML. */
function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** A link target from the API, only if it is http(s). */
function safeUrl(url) {
  if (!url || typeof url !== 'string') return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function toast(message) {
  const node = el('div', { class: 'toast', role: 'status', text: message });
  document.body.append(node);
  setTimeout(() => node.remove(), 2200);
}

// ---------------------------------------------------------------------------------------------
// entities and colours

const entities = new Map();   // id -> {id, name, kind, events}
const colours = new Map();

function nameOf(id) {
  const entity = entities.get(id);
  return entity ? entity.name : id;
}

function assignColours(state) {
  colours.clear();
  for (const id of [...partnersOf(state), ...splitIds(state.poles)]) {
    if (!colours.has(id) && id !== state.focal) colours.set(id, PALETTE[colours.size % PALETTE.length]);
  }
}

function colourOf(id, state) {
  if (state && id === state.focal) return FOCAL_COLOUR;
  if (!colours.has(id)) colours.set(id, PALETTE[colours.size % PALETTE.length]);
  return colours.get(id);
}

// ---------------------------------------------------------------------------------------------
// chart containers: status overlay, data attributes, resizing

const charts = {};
const tokens = {};

function chartFor(name) {
  if (!charts[name]) {
    const node = $('chart-' + name);
    charts[name] = echarts.init(node, null, { renderer: 'canvas' });
    new ResizeObserver(() => charts[name].resize()).observe(node);
  }
  return charts[name];
}

function statusOf(name) {
  return $('chart-' + name).parentElement.querySelector('.status');
}

/** Starts a load of one view; returns a function telling whether this load is still the latest. */
function beginLoad(name) {
  const token = (tokens[name] || 0) + 1;
  tokens[name] = token;
  const node = $('chart-' + name);
  delete node.dataset.points;
  delete node.dataset.changepoints;
  const status = statusOf(name);
  status.className = 'status shown loading';
  status.replaceChildren(el('span', { text: 'Loading…' }));
  return () => tokens[name] === token;
}

function showEmpty(name, message) {
  chartFor(name).clear();
  const status = statusOf(name);
  status.className = 'status shown empty';
  status.replaceChildren(el('span', { class: 'title', text: 'No events' }), el('span', { text: message }));
  $('chart-' + name).dataset.points = '0';
}

function showError(name, error) {
  chartFor(name).clear();
  const status = statusOf(name);
  status.className = 'status shown error';
  status.replaceChildren(...errorNodes(error));
}

function errorNodes(error) {
  const title = error instanceof ApiError ? error.title : 'the dashboard failed';
  const details = error instanceof ApiError ? error.details : [{ field: '', reason: String(error && error.message || error) }];
  if (!(error instanceof ApiError)) console.error(error);
  return [
    el('span', { class: 'title', text: title + (error.status ? ` (${error.status})` : '') }),
    el('ul', {}, details.map(d => el('li', {}, d.field ? el('code', { text: d.field }) : null, d.field ? ': ' : '', d.reason || ''))),
  ];
}

/** An error in one line: its title and the first detail's reason. */
function problemText(error) {
  const detail = error.details && error.details[0];
  return (error.title || String(error.message || error)) + (detail && detail.reason ? ` (${detail.reason})` : '');
}

function showChart(name, option, points) {
  const status = statusOf(name);
  status.className = 'status';
  status.replaceChildren();
  const chart = chartFor(name);
  chart.clear();
  chart.setOption(option);
  $('chart-' + name).dataset.points = String(points);
}

/** Common chart parts: a light grid, axis styling and an HTML tooltip. */
function baseOption(extra) {
  return {
    animationDuration: 300,
    textStyle: { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif' },
    grid: { left: 56, right: 56, top: 40, bottom: 58, containLabel: false },
    tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'line' } },
    ...extra,
  };
}

function categoryAxis(periods, by) {
  return {
    type: 'category',
    data: periods.map(p => p.period),
    name: by,
    nameLocation: 'middle',
    nameGap: 28,
    axisLabel: { hideOverlap: true, color: '#52606d' },
    axisTick: { alignWithLabel: true },
  };
}

function valueAxis(name, extra = {}) {
  return {
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap: 38,
    nameTextStyle: { color: '#52606d' },
    axisLabel: { color: '#52606d' },
    splitLine: { lineStyle: { color: '#edf0f3' } },
    ...extra,
  };
}

/** A point's look: hollow (an empty symbol is stroked in the item colour) when the period has too few events. */
function pointStyle(colour, lowCoverage) {
  return lowCoverage
    ? { symbol: 'emptyCircle', symbolSize: 7, itemStyle: { color: colour, borderWidth: 1.5 } }
    : { symbol: 'circle', symbolSize: 6 };
}

/** The union of the periods of several series, ordered by start. */
function unionPeriods(lists) {
  const byLabel = new Map();
  for (const list of lists) {
    for (const p of list) if (!byLabel.has(p.period)) byLabel.set(p.period, { period: p.period, start: p.start, end: p.end });
  }
  return [...byLabel.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** The index of the period holding a label or a date, or -1. */
function periodIndex(periods, labelOrDate) {
  if (!labelOrDate) return -1;
  const exact = periods.findIndex(p => p.period === labelOrDate);
  if (exact >= 0) return exact;
  return periods.findIndex(p => p.start <= labelOrDate && labelOrDate <= p.end);
}

// ---------------------------------------------------------------------------------------------
// (1) timeline: net cooperation per partner, with changepoints

const timelineData = { periods: [], partners: [], shifts: {}, points: {} };

async function renderTimeline(state) {
  const current = beginLoad('timeline');
  $('timeline-note').replaceChildren();
  const partners = partnersOf(state);
  if (!state.focal || partners.length === 0) {
    showEmpty('timeline', 'Choose a focal entity and at least one partner.');
    return;
  }
  const withShifts = state.method !== 'none';
  const results = await Promise.allSettled(partners.map(async partner => {
    const series = await api(`/api/dyads/${enc(state.focal)}/${enc(partner)}`, { ...seriesParams(state), direction: 'both' })
      .catch(e => { e.partner = partner; throw e; });
    const shifts = withShifts ? await api(`/api/dyads/${enc(state.focal)}/${enc(partner)}/shifts`,
      { ...seriesParams(state), series: 'netcoop', method: state.method, penalty: state.penalty }).catch(e => ({ error: e })) : null;
    return { partner, series, shifts };
  }));
  if (!current()) return;
  const loaded = results.filter(r => r.status === 'fulfilled').map(r => r.value);
  const failed = results.filter(r => r.status === 'rejected').map(r => r.reason);
  if (loaded.length === 0) {
    showError('timeline', failed[0]);
    return;
  }
  const periods = unionPeriods(loaded.map(r => r.series.periods));
  timelineData.periods = periods;
  timelineData.partners = loaded.map(r => r.partner);
  timelineData.shifts = Object.fromEntries(loaded.map(r => [r.partner, r.shifts && !r.shifts.error ? r.shifts : null]));
  fillNetworkPeriods(state, periods);
  const totalEvents = loaded.reduce((sum, r) => sum + r.series.periods.reduce((s, p) => s + (p.events || 0), 0), 0);
  if (totalEvents === 0) {
    showEmpty('timeline', `${nameOf(state.focal)} has no events with ${timelineData.partners.join(', ')} in this range.`);
    return;
  }
  const series = loaded.map(r => timelineSeries(r, periods, state));
  timelineData.points = Object.fromEntries(series.map(s => [s.name, s.data]));
  const changepoints = series.reduce((sum, s) => sum + s.changepointCount, 0);
  const points = series.reduce((sum, s) => sum + s.data.filter(d => d.value !== null).length, 0);
  const problems = [...failed.map(e => `${e.partner || ''}: ${problemText(e)}`),
    ...loaded.filter(r => r.shifts && r.shifts.error).map(r => `changepoints of ${r.partner}: ${problemText(r.shifts.error)}`)];
  showChart('timeline', baseOption({
    color: loaded.map(r => colourOf(r.partner, state)),
    legend: { top: 4, left: 'center', icon: 'roundRect' },
    tooltip: { trigger: 'axis', confine: true, formatter: timelineTooltip },
    xAxis: categoryAxis(periods, state.by),
    yAxis: valueAxis('net cooperation (events)'),
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 14, bottom: 6, showDetail: false }],
    grid: { left: 56, right: 24, top: 44, bottom: 64 },
    series: series.map(({ changepointCount, ...s }) => s),
  }), points);
  $('chart-timeline').dataset.changepoints = String(changepoints);
  $('timeline-note').replaceChildren(...problems.map(text => el('span', { text })));
  markSelectedPeriod(state);
}

/** Marks, on the timeline, the period whose events the drawer lists (nothing when it lists another range). */
function markSelectedPeriod(state) {
  if (!charts.timeline || !timelineData.periods.length || !$('chart-timeline').dataset.points) return;
  const listsPeriod = state.ev === 'changepoint' || (state.ev === 'events' && state.ev_dyad);
  const index = listsPeriod ? periodIndex(timelineData.periods, state.ev_from) : -1;
  const single = state.ev === 'changepoint' || periodIndex(timelineData.periods, state.ev_to) === index;
  charts.timeline.setOption({ series: [{
    id: 'selection', type: 'line', data: [], silent: true,
    markLine: {
      silent: true, symbol: 'none', animation: false,
      lineStyle: { color: '#2f5d8a', opacity: 0.14, type: 'solid', width: 12 },
      label: { show: false },
      data: index >= 0 && single ? [{ xAxis: index }] : [],
    },
  }] });
  if (index >= 0 && state.ev === 'events' && $('evidence').dataset.count) {
    $('evidence-title').textContent = periodTitle(state);
  }
}

function enc(id) {
  return encodeURIComponent(id);
}

function timelineSeries(result, periods, state) {
  const colour = colourOf(result.partner, state);
  const byLabel = new Map(result.series.periods.map(p => [p.period, p]));
  const data = periods.map(period => {
    const p = byLabel.get(period.period);
    // no events is no measurement, not a neutral relation: a gap, not a zero
    if (!p || !p.events) return { value: null, period: period.period, start: period.start, end: period.end, events: p ? p.events : 0 };
    return { value: p.netcoop, period: p.period, start: p.start, end: p.end, events: p.events, low: p.low_coverage,
      goldstein: p.goldstein_mean, ...pointStyle(colour, p.low_coverage) };
  });
  const shifts = result.shifts && !result.shifts.error ? result.shifts : null;
  const cps = shifts ? shifts.changepoints : [];
  return {
    name: result.partner,
    type: 'line',
    data,
    connectNulls: false,
    showSymbol: true,
    showAllSymbol: true,
    lineStyle: { width: 2 },
    emphasis: { focus: 'series' },
    markPoint: {
      symbol: 'pin', symbolSize: 34,
      label: { fontSize: 10, color: '#fff', formatter: m => m.data.arrow },
      data: cps.map((cp, i) => changepointMark(cp, i, periods, byLabel, colour)).filter(Boolean),
    },
    markLine: {
      symbol: 'none', silent: false,
      label: { show: false },
      data: [
        ...cps.map(cp => ({ xAxis: periodIndex(periods, cp.period || cp.start), lineStyle: { color: colour, type: 'dashed', width: 1.5 } }))
          .filter(m => m.xAxis >= 0),
        ...(shifts ? segmentLines(shifts.segments, periods, colour) : []),
      ],
    },
    changepointCount: cps.length,
  };
}

function changepointMark(cp, index, periods, byLabel, colour) {
  const i = periodIndex(periods, cp.period || cp.start);
  if (i < 0) return null;
  const point = byLabel.get(periods[i].period);
  const up = cp.after !== null && cp.before !== null && cp.after > cp.before;
  return {
    coord: [i, point ? point.netcoop : cp.after],
    arrow: up ? '▲' : '▼',
    cpIndex: index,
    itemStyle: { color: colour, borderColor: cp.significant ? '#1f2d3d' : '#fff', borderWidth: cp.significant ? 1.5 : 1 },
  };
}

function segmentLines(segments, periods, colour) {
  return (segments || []).map(s => {
    const a = periodIndex(periods, s.from);
    const b = periodIndex(periods, s.to);
    if (a < 0 || b < 0 || s.mean === null) return null;
    return [
      { coord: [a, s.mean], lineStyle: { color: colour, type: 'dotted', width: 1.5, opacity: 0.6 }, segment: true },
      { coord: [b, s.mean] },
    ];
  }).filter(Boolean);
}

function timelineTooltip(items) {
  if (!items.length) return '';
  const head = items.find(i => i.data && i.data.start) || items[0];
  const rows = items.map(i => {
    const d = i.data || {};
    if (d.value === null || d.value === undefined) return `${i.marker}${esc(i.seriesName)}: no events`;
    return `${i.marker}<b>${esc(i.seriesName)}</b> net ${esc(signed(d.value))} · ${esc(d.events)} events` +
      ` · mean Goldstein ${esc(fmt(d.goldstein))}${d.low ? ' · <i>low coverage</i>' : ''}`;
  });
  const dates = head.data && head.data.start ? ` <span style="color:#888">${esc(head.data.start)} – ${esc(head.data.end)}</span>` : '';
  return `<b>${esc(head.axisValue)}</b>${dates}<br>${rows.join('<br>')}<br><span style="color:#888">click for the events</span>`;
}

/** A click on the timeline: a point lists its period's events, a changepoint its evidence. */
function onTimelineClick(params) {
  const state = readState();
  const partner = params.seriesName;
  if (params.componentType === 'markPoint') {
    const shifts = timelineData.shifts[partner];
    const cp = shifts && shifts.changepoints[params.data.cpIndex];
    if (cp) navigate({ ev: 'changepoint', ev_dyad: `${state.focal}:${partner}`, ev_actor: '', ev_partners: '', ev_from: cp.start, ev_to: '', ev_offset: '', event: '', doc: '' });
    return;
  }
  if (params.componentType === 'markLine') {
    const shifts = timelineData.shifts[partner];
    const index = params.data && params.data.xAxis !== undefined ? Number(params.data.xAxis) : -1;
    const cp = shifts && index >= 0 && shifts.changepoints.find(c => periodIndex(timelineData.periods, c.period || c.start) === index);
    if (cp) navigate({ ev: 'changepoint', ev_dyad: `${state.focal}:${partner}`, ev_actor: '', ev_partners: '', ev_from: cp.start, ev_to: '', ev_offset: '', event: '', doc: '' });
    return;
  }
  const d = params.data;
  if (d && d.start) {
    navigate({ ev: 'events', ev_dyad: `${state.focal}:${partner}`, ev_actor: '', ev_partners: '', ev_from: d.start, ev_to: d.end, ev_offset: '', event: '', doc: '' });
  }
}

// ---------------------------------------------------------------------------------------------
// (2) alignment between two poles

const alignmentData = { periods: [], entities: [] };

async function renderAlignment(state) {
  const current = beginLoad('alignment');
  const poles = splitIds(state.poles);
  $('alignment-title').textContent = poles.length === 2
    ? `Alignment: ${nameOf(poles[0])} (−1) vs ${nameOf(poles[1])} (+1)` : 'Alignment between poles';
  if (poles.length !== 2) {
    showError('alignment', new ApiError({ title: 'two poles are needed', details: [{ field: 'poles', reason: `'${state.poles}' should name two entities, like RUS,EU` }] }, 0));
    return;
  }
  let data;
  try {
    data = await api(`/api/entities/${enc(state.focal)}/alignment`, { ...seriesParams(state), poles: poles.join(','), members: state.members, series: 'goldstein' });
  } catch (e) {
    if (current()) showError('alignment', e);
    return;
  }
  if (!current()) return;
  const periods = data.periods || [];
  const scored = periods.filter(p => p.score !== null && p.score !== undefined);
  if (scored.length === 0) {
    showEmpty('alignment', `No events between ${state.focal} and ${poles.join(' or ')} in this range.`);
    return;
  }
  const a = data.pole_a ? data.pole_a.id : poles[0];
  const b = data.pole_b ? data.pole_b.id : poles[1];
  alignmentData.periods = periods;
  alignmentData.entities = [data.pole_a, data.pole_b].flatMap(pole => (pole ? [pole.id, ...(pole.members || [])] : []));
  const channels = [...new Set(periods.flatMap(p => Object.keys(p.channels || {})))];
  const scoreColour = '#1f2d3d';
  showChart('alignment', baseOption({
    legend: { top: 0, left: 'center', icon: 'roundRect', itemWidth: 12, itemHeight: 8, itemGap: 8, textStyle: { fontSize: 11 },
      formatter: label },
    tooltip: { trigger: 'axis', confine: true, formatter: items => alignmentTooltip(items, periods, a, b, channels) },
    xAxis: categoryAxis(periods, state.by),
    yAxis: valueAxis(`← ${a}   score   ${b} →`, { min: -1, max: 1, interval: 0.5 }),
    grid: { left: 56, right: 20, top: 58, bottom: 48 },
    series: [
      ...channels.map((channel, i) => ({
        name: channel, type: 'bar', stack: 'channels', barMaxWidth: 18,
        itemStyle: { color: channelColour(channel, i) },
        data: periods.map(p => (p.channels && p.channels[channel] !== undefined ? p.channels[channel] : null)),
      })),
      {
        name: 'alignment score', type: 'line', z: 5, showAllSymbol: true, lineStyle: { width: 2.5, color: scoreColour }, itemStyle: { color: scoreColour },
        data: periods.map(p => ({ value: p.score, ...pointStyle(scoreColour, p.low_coverage) })),
        markLine: { symbol: 'none', silent: true, label: { show: false }, lineStyle: { color: '#52606d', type: 'solid', width: 1 }, data: [{ yAxis: 0 }] },
        markArea: {
          silent: true,
          data: [
            [{ yAxis: -1, itemStyle: { color: colourOf(a, state), opacity: 0.07 } }, { yAxis: 0 }],
            [{ yAxis: 0, itemStyle: { color: colourOf(b, state), opacity: 0.07 } }, { yAxis: 1 }],
          ],
        },
      },
    ],
  }), scored.length);
}

/** A point or bar of the alignment: the focal entity's events with both poles (and their members) in that period. */
function onAlignmentClick(params) {
  const p = alignmentData.periods[params.dataIndex];
  if (!p || alignmentData.entities.length === 0) return;
  const state = readState();
  navigate({ ev: 'events', ev_dyad: '', ev_actor: state.focal, ev_partners: alignmentData.entities.join(','), ev_from: p.start, ev_to: p.end,
    ev_offset: '', event: '', doc: '' });
}

/** Channels are named MODE_DOMAIN (verbal_security): one hue per domain, darker for material acts. */
function channelColour(channel, index) {
  const [mode, domain] = channel.split('_');
  const hues = { diplomatic: ['#9ecae1', '#4f8fc0'], security: ['#fdae6b', '#d9712b'], economic: ['#a1d99b', '#4a9a4a'] };
  const pair = hues[domain];
  if (!pair) return CHANNEL_COLOURS[index % CHANNEL_COLOURS.length];
  return mode === 'material' ? pair[1] : pair[0];
}

/** A field's name as a label: verbal_security → verbal security. */
function label(name) {
  return String(name).replace(/_/g, ' ');
}

function alignmentTooltip(items, periods, a, b, channels) {
  const p = periods[items[0].dataIndex];
  if (!p) return '';
  const lines = [
    `<b>${esc(p.period)}</b> <span style="color:#888">${esc(p.start)} – ${esc(p.end)}</span>`,
    `score <b>${esc(fmt(p.score))}</b>${p.low_coverage ? ' · <i>low coverage</i>' : ''}`,
    `relation with ${esc(a)}: ${esc(fmt(p.relation_a))} (${esc(fmt(p.events_a))} events)`,
    `relation with ${esc(b)}: ${esc(fmt(p.relation_b))} (${esc(fmt(p.events_b))} events)`,
    ...channels.map(c => `${esc(label(c))}: ${esc(fmt(p.channels ? p.channels[c] : null))}`),
  ];
  return lines.join('<br>');
}

// ---------------------------------------------------------------------------------------------
// (3) partner concentration

const concentrationData = { periods: [] };

async function renderConcentration(state) {
  const current = beginLoad('concentration');
  let data;
  try {
    data = await api(`/api/entities/${enc(state.focal)}/partners`, { ...seriesParams(state), kind: 'cooperation', top: 5 });
  } catch (e) {
    if (current()) showError('concentration', e);
    return;
  }
  if (!current()) return;
  const periods = data.periods || [];
  concentrationData.periods = periods;
  const withEvents = periods.filter(p => p.events > 0);
  if (withEvents.length === 0) {
    showEmpty('concentration', `${nameOf(state.focal)} has no cooperative events in this range.`);
    return;
  }
  const hhiColour = '#2f5d8a';
  const effColour = '#b9c7d6';
  showChart('concentration', baseOption({
    legend: { top: 4, left: 'center', icon: 'roundRect', itemWidth: 14, itemHeight: 8 },
    tooltip: { trigger: 'axis', confine: true, formatter: items => concentrationTooltip(periods[items[0].dataIndex], state) },
    xAxis: categoryAxis(periods, state.by),
    yAxis: [
      valueAxis('HHI (0–1)', { min: 0, max: 1 }),
      valueAxis('effective partners', { minInterval: 1, splitLine: { show: false }, nameGap: 30 }),
    ],
    grid: { left: 56, right: 50, top: 44, bottom: 48 },
    series: [
      { name: 'effective partners (1/HHI)', type: 'bar', yAxisIndex: 1, barMaxWidth: 16, itemStyle: { color: effColour },
        data: periods.map(p => p.effective_partners) },
      { name: 'HHI', type: 'line', yAxisIndex: 0, z: 5, showAllSymbol: true, lineStyle: { width: 2.5, color: hhiColour }, itemStyle: { color: hhiColour },
        data: periods.map(p => ({ value: p.hhi, ...pointStyle(hhiColour, p.low_coverage) })) },
    ],
  }), withEvents.length);
}

function concentrationTooltip(p, state) {
  if (!p) return '';
  const shares = (p.shares || []).map(s =>
    `<span style="display:inline-block;width:8px;height:8px;border-radius:2px;background:${colourOf(s.partner, state)}"></span> ` +
    `${esc(s.partner)} ${esc(fmt(s.share * 100, 0))}% (${esc(s.events)})`);
  return [
    `<b>${esc(p.period)}</b> <span style="color:#888">${esc(p.start)} – ${esc(p.end)}</span>`,
    `${esc(p.events)} cooperative events with ${esc(p.partners)} partners${p.low_coverage ? ' · <i>low coverage</i>' : ''}`,
    `HHI <b>${esc(fmt(p.hhi))}</b> (${esc(fmt(p.hhi_10000, 0))} of 10 000) · effective partners <b>${esc(fmt(p.effective_partners, 1))}</b>`,
    `top partner <b>${esc(p.top_partner || '–')}</b> ${p.top_share !== null && p.top_share !== undefined ? esc(fmt(p.top_share * 100, 0)) + '%' : ''}`,
    ...shares,
    '<span style="color:#888">click for the events</span>',
  ].join('<br>');
}

function onConcentrationClick(params) {
  const p = concentrationData.periods[params.dataIndex];
  if (!p) return;
  const state = readState();
  navigate({ ev: 'events', ev_dyad: '', ev_actor: state.focal, ev_partners: '', ev_from: p.start, ev_to: p.end, ev_offset: '', event: '', doc: '' });
}

// ---------------------------------------------------------------------------------------------
// (4) indicators beside event measures

async function renderPanel(state) {
  const current = beginLoad('panel');
  const partner = partnersOf(state)[0];
  $('panel-sources').replaceChildren();
  $('panel-title').textContent = partner ? `Indicators beside events: ${state.focal} – ${partner}` : 'Indicators beside event measures';
  if (!partner) {
    showEmpty('panel', 'Choose at least one partner.');
    return;
  }
  let data;
  try {
    data = await api(`/api/panel/${enc(state.focal)}/${enc(partner)}`, eventRange(state));
  } catch (e) {
    if (current()) showError('panel', e);
    return;
  }
  if (!current()) return;
  const periods = data.periods || [];
  const indicators = (data.indicators || []).map(i => i.indicator);
  const withData = periods.filter(p => p.events > 0 || indicators.some(i => p.indicators && p.indicators[i] !== null && p.indicators[i] !== undefined));
  if (withData.length === 0) {
    showEmpty('panel', `No events and no indicators for ${state.focal} – ${partner} in this range.`);
    return;
  }
  const colour = colourOf(partner, state);
  const shown = mostReported(indicators, periods, 3);
  const indicatorColours = ['#1f2d3d', '#7b3294', '#e08214', '#008837', '#5e3c99'];
  showChart('panel', baseOption({
    legend: { type: 'scroll', top: 0, left: 8, right: 8, icon: 'roundRect', itemWidth: 12, itemHeight: 8, itemGap: 8, textStyle: { fontSize: 11 },
      formatter: label, selected: Object.fromEntries(indicators.map(i => [i, shown.includes(i)])) },
    tooltip: { trigger: 'axis', confine: true, formatter: items => panelTooltip(items, periods, indicators) },
    xAxis: categoryAxis(periods, state.by),
    yAxis: [
      valueAxis('net coop. (events) · mean Goldstein'),
      valueAxis(indicators.length ? 'indicator value' : '', { splitLine: { show: false }, nameGap: 34 }),
    ],
    grid: { left: 56, right: 56, top: 40, bottom: 48 },
    series: [
      { name: 'net cooperation', type: 'bar', barMaxWidth: 16, itemStyle: { color: colour, opacity: 0.75 },
        data: periods.map(p => ({ value: p.events > 0 ? p.netcoop : null, itemStyle: p.low_coverage ? { opacity: 0.35 } : undefined })) },
      { name: 'mean Goldstein', type: 'line', lineStyle: { width: 1.5, type: 'dashed', color: '#52606d' }, itemStyle: { color: '#52606d' }, symbolSize: 4,
        data: periods.map(p => p.goldstein_mean) },
      ...indicators.map((indicator, i) => ({
        name: indicator, type: 'line', yAxisIndex: 1, connectNulls: true, symbol: 'diamond', symbolSize: 9,
        lineStyle: { width: 2, color: indicatorColours[i % indicatorColours.length] }, itemStyle: { color: indicatorColours[i % indicatorColours.length] },
        data: periods.map(p => (p.indicators ? p.indicators[indicator] ?? null : null)),
      })),
    ],
  }), withData.length);
  renderPanelSources(data.indicators || []);
}

/** The n indicators with the most figures in the range: the others start hidden (the legend shows them). */
function mostReported(indicators, periods, n) {
  const count = i => periods.filter(p => p.indicators && p.indicators[i] !== null && p.indicators[i] !== undefined).length;
  return [...indicators].sort((a, b) => count(b) - count(a)).slice(0, n);
}

function panelTooltip(items, periods, indicators) {
  const p = periods[items[0].dataIndex];
  if (!p) return '';
  const values = indicators.filter(i => p.indicators && p.indicators[i] !== null && p.indicators[i] !== undefined)
    .map(i => `${esc(label(i))}: <b>${esc(fmt(p.indicators[i], 1))}</b>`);
  return [
    `<b>${esc(p.period)}</b> <span style="color:#888">${esc(p.start)} – ${esc(p.end)}</span>`,
    `${esc(p.events)} events · net ${esc(signed(p.netcoop))} · mean Goldstein ${esc(fmt(p.goldstein_mean))}${p.low_coverage ? ' · <i>low coverage</i>' : ''}`,
    ...(values.length ? values : ['no indicator figure in this period']),
  ].join('<br>');
}

/** The indicators' sources, folded: they are long citations. */
function renderPanelSources(indicators) {
  const cited = indicators.filter(i => (i.sources || []).length);
  if (!cited.length) return;
  $('panel-sources').replaceChildren(el('details', {},
    el('summary', { text: `Sources of ${cited.length} indicator${cited.length === 1 ? '' : 's'}` }),
    el('ul', {}, cited.map(i => el('li', {}, el('b', { text: label(i.indicator) + ': ' }), i.sources.join('; '))))));
}

function onPanelClick(params) {
  const state = readState();
  const partner = partnersOf(state)[0];
  const p = timelinePeriodAt(params.name);
  if (!p || !partner) return;
  navigate({ ev: 'events', ev_dyad: `${state.focal}:${partner}`, ev_actor: '', ev_partners: '', ev_from: p.start, ev_to: p.end, ev_offset: '', event: '', doc: '' });
}

function timelinePeriodAt(label) {
  return timelineData.periods.find(p => p.period === label);
}

// ---------------------------------------------------------------------------------------------
// (5) relations network for a period

function fillNetworkPeriods(state, periods) {
  const select = $('ctl-network');
  const years = [...new Set(periods.map(p => p.start.slice(0, 4)))];
  const options = [el('option', { value: '', text: 'whole range' })];
  if (state.by !== 'year' && years.length > 1) {
    options.push(el('optgroup', { label: 'years' }, years.map(y => el('option', { value: `${y}-01-01..${y}-12-31`, text: y }))));
  }
  options.push(el('optgroup', { label: state.by + 's' }, periods.map(p => el('option', { value: `${p.start}..${p.end}`, text: p.period }))));
  select.replaceChildren(...options);
  const wanted = state.net_from || state.net_to ? `${state.net_from}..${state.net_to}` : '';
  if (wanted && ![...select.options].some(o => o.value === wanted)) {
    select.append(el('option', { value: wanted, text: `${state.net_from || '…'} – ${state.net_to || '…'}` }));
  }
  select.value = wanted;
}

const networkData = { from: '', to: '' };

async function renderNetwork(state) {
  const current = beginLoad('network');
  const from = state.net_from || state.from;
  const to = state.net_to || state.to;
  let data;
  try {
    data = await api('/api/network', { from, to, focus: state.focal, min_events: 1 });
  } catch (e) {
    if (current()) showError('network', e);
    return;
  }
  if (!current()) return;
  networkData.from = data.from || from;
  networkData.to = data.to || to;
  const nodes = data.nodes || [];
  const edges = data.edges || [];
  if (nodes.length === 0) {
    showEmpty('network', `No events ${from || to ? `between ${from || '…'} and ${to || '…'}` : 'in the store'}.`);
    return;
  }
  const maxEvents = Math.max(...nodes.map(n => n.events || 0), 1);
  const maxNet = Math.max(...edges.map(e => Math.abs(e.netcoop || 0)), 1);
  const partners = new Set(partnersOf(state));
  showChart('network', {
    animationDuration: 300,
    tooltip: { confine: true, formatter: networkTooltip },
    title: { text: networkData.from || networkData.to ? `${networkData.from || '…'} – ${networkData.to || '…'}` : 'all events', right: 8, top: 0, textStyle: { fontSize: 11, color: '#616e7c', fontWeight: 'normal' } },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      zoom: 0.8,
      force: { initLayout: 'circular', repulsion: 260, edgeLength: [60, 150], gravity: 0.12, layoutAnimation: false },
      label: { show: true, position: 'right', fontSize: 11, color: '#1f2933', formatter: n => n.data.id },
      emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
      nodes: nodes.map(n => ({
        id: n.id, name: n.name || n.id, value: n.events,
        symbolSize: 10 + 34 * Math.sqrt((n.events || 0) / maxEvents),
        itemStyle: { color: n.id === state.focal ? FOCAL_COLOUR : partners.has(n.id) ? colourOf(n.id, state) : OTHER_COLOUR,
          borderColor: '#fff', borderWidth: 1 },
      })),
      edges: edges.map(e => ({
        source: e.a, target: e.b, value: e.netcoop, events: e.events, goldstein: e.goldstein_mean,
        lineStyle: { color: e.netcoop > 0 ? COOP : e.netcoop < 0 ? CONFLICT : NEUTRAL, width: 1 + 6 * Math.abs(e.netcoop || 0) / maxNet, opacity: 0.7, curveness: 0.08 },
      })),
    }],
  }, nodes.length);
  $('chart-network').dataset.edges = String(edges.length);
}

function networkTooltip(params) {
  if (params.dataType === 'edge') {
    const d = params.data;
    return `<b>${esc(d.source)} – ${esc(d.target)}</b><br>${esc(d.events)} events · net ${esc(signed(d.value))}` +
      ` · mean Goldstein ${esc(fmt(d.goldstein))}<br><span style="color:#888">click for the events</span>`;
  }
  const d = params.data;
  return `<b>${esc(d.name)}</b> (${esc(d.id)})<br>${esc(d.value)} events<br><span style="color:#888">click for its events</span>`;
}

function onNetworkClick(params) {
  const patch = { ev: 'events', ev_from: networkData.from, ev_to: networkData.to, ev_offset: '', event: '', doc: '' };
  if (params.dataType === 'edge') navigate({ ...patch, ev_dyad: `${params.data.source}:${params.data.target}`, ev_actor: '', ev_partners: '' });
  else if (params.dataType === 'node') navigate({ ...patch, ev_dyad: '', ev_actor: params.data.id, ev_partners: '' });
}

// ---------------------------------------------------------------------------------------------
// evidence: the events behind a point, a changepoint, an edge

async function renderEvidence(state) {
  const list = $('evidence');
  const pager = $('evidence-pager');
  pager.replaceChildren();
  if (!state.ev) {
    $('evidence-title').textContent = 'Events';
    $('evidence-subtitle').textContent = 'Click a point, a bar, a changepoint or an edge to list the events behind it.';
    list.replaceChildren();
    delete list.dataset.count;
    return;
  }
  const token = (tokens.evidence || 0) + 1;
  tokens.evidence = token;
  list.replaceChildren(el('li', { class: 'empty', text: 'Loading…' }));
  delete list.dataset.count;
  try {
    const shown = state.ev === 'changepoint' ? await changepointEvidence(state) : await periodEvidence(state);
    if (tokens.evidence !== token) return;
    $('evidence-title').textContent = shown.title;
    $('evidence-subtitle').textContent = shown.subtitle;
    list.replaceChildren(...(shown.events.length
      ? shown.events.map(e => evidenceRow(e, state))
      : [el('li', { class: 'empty', text: 'No events.' })]));
    list.dataset.count = String(shown.events.length);
    if (shown.pager) pager.replaceChildren(...shown.pager);
  } catch (e) {
    if (tokens.evidence !== token) return;
    $('evidence-title').textContent = 'Events';
    list.replaceChildren(el('li', { class: 'empty error' }, errorNodes(e)));
    list.dataset.count = '0';
  }
}

/** The /api/events filters of the listed events (a dyad both ways, or an actor with some or any partners). */
function evidenceFilters(state) {
  const params = { from: state.ev_from, to: state.ev_to };
  if (state.ev_dyad) Object.assign(params, { dyad: state.ev_dyad, both: true });
  else {
    params.actor = state.ev_actor;
    if (state.ev_partners) params.partners = state.ev_partners;
  }
  return params;
}

/** Downloads every listed event (not just this page) as a CSV file, through the export endpoint. */
async function downloadEvidence(state) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...evidenceFilters(state), format: 'csv' })) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  try {
    const response = await fetch('/api/export/events?' + query, { headers: authHeaders() });
    if (!response.ok) throw new ApiError(await response.json().catch(() => ({})), response.status);
    const link = el('a', { href: URL.createObjectURL(await response.blob()), download: 'orbit-events.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (e) {
    toast(`The download failed: ${problemText(e)}`);
  }
}

async function periodEvidence(state) {
  const offset = Number(state.ev_offset) || 0;
  const data = await api('/api/events', { ...evidenceFilters(state), limit: PAGE_SIZE, offset });
  const range = `${state.ev_from || '…'} – ${state.ev_to || '…'}`;
  const events = data.events || [];
  return {
    title: periodTitle(state),
    subtitle: `${range} · ${data.total} event${data.total === 1 ? '' : 's'}, both directions`,
    events,
    pager: [
      ...(data.total > events.length ? pagerNodes(data, offset) : []),
      ...(data.total > 0 ? [el('button', { type: 'button', id: 'evidence-download', onclick: () => downloadEvidence(state),
        text: `CSV of all ${data.total}` })] : []),
    ],
  };
}

/** "ARM ↔ RUS, 2023-Q3": the listed dyad (or actor) and, when the timeline knows it, the period's label. */
function periodTitle(state) {
  const what = state.ev_dyad ? state.ev_dyad.split(':').join(' ↔ ')
    : `${state.ev_actor} with ${state.ev_partners ? splitIds(state.ev_partners).join(', ') : 'anyone'}`;
  const period = timelineData.periods.find(p => p.start === state.ev_from && p.end === state.ev_to);
  return what + (period ? ', ' + period.period : '');
}

function pagerNodes(data, offset) {
  const last = offset + (data.events || []).length;
  return [
    el('button', { type: 'button', disabled: offset === 0, onclick: () => navigate({ ev_offset: String(Math.max(0, offset - PAGE_SIZE)) }), text: '← previous' }),
    el('span', { text: `${offset + 1}–${last} of ${data.total}` }),
    el('button', { type: 'button', disabled: last >= data.total, onclick: () => navigate({ ev_offset: String(offset + PAGE_SIZE) }), text: 'next →' }),
  ];
}

async function changepointEvidence(state) {
  const [a, b] = state.ev_dyad.split(':');
  const shifts = await api(`/api/dyads/${enc(a)}/${enc(b)}/shifts`,
    { ...seriesParams(state), series: 'netcoop', method: state.method === 'none' ? 'pelt' : state.method, penalty: state.penalty });
  const cp = (shifts.changepoints || []).find(c => c.start === state.ev_from || c.period === state.ev_from);
  if (!cp) {
    throw new ApiError({ title: 'no such changepoint', details: [{ field: 'ev_from', reason: `${a}–${b} has no changepoint at ${state.ev_from} with these settings` }] }, 0);
  }
  const p = cp.p !== null && cp.p !== undefined ? ` · p = ${fmt(cp.p, 3)}${cp.significant ? ' (significant)' : ' (not significant)'}` : '';
  return {
    title: `Changepoint ${a} ↔ ${b} at ${cp.period}`,
    events: await withDetails(cp.evidence || []),
    subtitle: `mean net cooperation ${signed(cp.before, 2)} → ${signed(cp.after, 2)} per ${state.by}${p}. Events that moved the series most:`,
  };
}

/**
 * A changepoint's evidence rows carry codes only (no CAMEO name, no actor names): each is completed
 * from /api/events/{id}, keeping its contribution. A row that cannot be completed stays as it is.
 */
async function withDetails(evidence) {
  return Promise.all(evidence.map(async row => {
    if (row.cameo_name) return row;
    try {
      const full = await api(`/api/events/${enc(row.id)}`);
      return { ...full, contribution: row.contribution };
    } catch (e) {
      return row;
    }
  }));
}

/** An actor as the list shows it: its name (a shifts evidence row only has the code). */
function actorLabel(actor) {
  if (!actor) return '?';
  if (typeof actor === 'string') return actor;
  return actor.entity && entities.has(actor.entity) ? nameOf(actor.entity) : actor.name || actor.code || '?';
}

function evidenceRow(event, state) {
  const row = el('li', {
    dataset: { eventId: event.id }, tabindex: '0', role: 'button',
    class: event.id === state.event ? 'selected' : '',
    title: event.text || '',
    onclick: () => navigate({ event: event.id, doc: '' }),
    onkeydown: k => { if (k.key === 'Enter') navigate({ event: event.id, doc: '' }); },
  },
  el('span', { class: 'date', text: event.date }),
  el('span', { class: 'actors', text: `${actorLabel(event.source)} → ${actorLabel(event.target)}` }),
  el('span', { class: 'gs ' + signClass(event.goldstein), text: signed(event.goldstein), title: 'Goldstein scale (−10 conflict … +10 cooperation)' }),
  el('span', { class: 'cameo' },
    el('code', { text: event.cameo }), ' ', event.cameo_name || '',
    event.contribution !== undefined && event.contribution !== null ? el('span', { class: 'contribution', text: ` · contribution ${signed(event.contribution, 2)}` }) : null));
  return row;
}

function markSelectedRow(state) {
  for (const row of $('evidence').querySelectorAll('li[data-event-id]')) {
    row.classList.toggle('selected', row.dataset.eventId === state.event);
  }
}

// ---------------------------------------------------------------------------------------------
// one event: the sentence with source, trigger and target marked

async function renderEvent(state) {
  const section = $('sentence-section');
  const box = $('sentence');
  if (!state.event) {
    section.hidden = true;
    box.replaceChildren();
    return;
  }
  section.hidden = false;
  const token = (tokens.event || 0) + 1;
  tokens.event = token;
  box.replaceChildren(el('p', { class: 'explain', text: 'Loading…' }));
  delete box.dataset.eventId;
  try {
    const event = await api(`/api/events/${enc(state.event)}`);
    if (tokens.event !== token) return;
    box.replaceChildren(...eventNodes(event));
    box.dataset.eventId = event.id;
  } catch (e) {
    if (tokens.event === token) box.replaceChildren(...errorNodes(e));
  }
}

function eventNodes(event) {
  const facts = [
    ['date', event.date],
    ['source', actorFact(event.source)],
    ['target', actorFact(event.target)],
    ['CAMEO', `${event.cameo} ${event.cameo_name || ''}`],
    ['quad class', { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' }[event.quad_class] || event.quad_class],
    ['Goldstein', signed(event.goldstein)],
    ['PLOVER', [event.plover, event.mode].filter(Boolean).join(' · ')],
    ['dataset', event.dataset],
    ['coded by', [event.pattern, event.confidence !== null && event.confidence !== undefined ? `confidence ${fmt(event.confidence)}` : ''].filter(Boolean).join(' · ')],
    ['flags', (event.flags || []).join(', ')],
    ['id', event.id],
  ].filter(([, v]) => v !== undefined && v !== null && v !== '');
  const url = safeUrl(event.url);
  return [
    el('div', { class: 'legend-marks' },
      el('span', { class: 'key source', text: 'source' }), el('span', { class: 'key trigger', text: 'trigger' }), el('span', { class: 'key target', text: 'target' })),
    el('p', { class: 'text' }, highlightedText(event.text || '', event.highlights || [])),
    el('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: String(v) })])),
    el('div', { class: 'actions' },
      event.doc ? el('button', { type: 'button', id: 'open-document', class: 'doc-link', onclick: () => navigate({ doc: event.doc }), text: 'Open the document' }) : null,
      url ? el('a', { class: 'button', href: url, target: '_blank', rel: 'noopener noreferrer', text: 'Original article ↗' }) : null),
  ];
}

/** An actor as the event view shows it: its name, else its entity's, and its code (ARMGOV). */
function actorFact(actor) {
  if (!actor) return '';
  const name = actor.name || (actor.entity ? nameOf(actor.entity) : '');
  return name && name !== actor.code ? `${name} (${actor.code})` : actor.code;
}

/** The text as nodes, with each highlight span wrapped in <mark class="ROLE">; overlapping spans are skipped. */
function highlightedText(text, highlights) {
  const spans = highlights
    .filter(h => Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) nodes.push(document.createTextNode(text.slice(at, span.start)));
    const role = ['source', 'trigger', 'target'].includes(span.role) ? span.role : 'trigger';
    nodes.push(el('mark', { class: role, title: role, text: text.slice(span.start, span.end) }));
    at = span.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

// ---------------------------------------------------------------------------------------------
// a document: its text and its coded sentences

async function renderDocument(state) {
  const section = $('document-section');
  const box = $('document');
  if (!state.doc) {
    section.hidden = true;
    box.replaceChildren();
    return;
  }
  section.hidden = false;
  const token = (tokens.document || 0) + 1;
  tokens.document = token;
  box.replaceChildren(el('p', { class: 'explain', text: 'Loading…' }));
  delete box.dataset.documentId;
  try {
    const doc = await api(`/api/documents/${enc(state.doc)}`);
    if (tokens.document !== token) return;
    box.replaceChildren(...documentNodes(doc, state));
    box.dataset.documentId = doc.id;
    section.scrollIntoView({ block: 'nearest' });
  } catch (e) {
    if (tokens.document === token) box.replaceChildren(...errorNodes(e));
  }
}

function documentNodes(doc, state) {
  const url = safeUrl(doc.url);
  const sentences = doc.sentences || [];
  const current = sentences.find(s => (s.events || []).some(e => e.id === state.event));
  return [
    el('h3', { text: doc.title || doc.id }),
    el('p', { class: 'meta' }, [doc.published, doc.source, doc.origin].filter(Boolean).join(' · '),
      url ? [' · ', el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: 'original ↗' })] : null),
    el('p', { class: 'doc-text' }, documentText(doc, current)),
    sentences.length ? el('h4', { text: `coded sentences (${sentences.length})` }) : null,
    sentences.length ? el('ol', { class: 'coded-list' }, sentences.map(s => codedSentence(s, current))) : null,
  ];
}

/** The document's text; the sentence of the selected event is highlighted when it can be found. */
function documentText(doc, current) {
  const text = doc.text || '';
  if (!current || !current.text) return [text];
  const at = text.indexOf(current.text);
  if (at < 0) return [text];
  return [text.slice(0, at), el('span', { class: 'sent current', text: current.text }), text.slice(at + current.text.length)];
}

function codedSentence(sentence, current) {
  return el('li', { value: sentence.sentence, class: sentence === current ? 'current' : '' },
    el('span', { text: sentence.text }),
    el('ul', {}, (sentence.events || []).map(e => el('li', {},
      el('span', { class: 'ev', dataset: { eventId: e.id }, onclick: () => navigate({ event: e.id }), text: `${e.cameo} ${e.cameo_name || ''}` }),
      ` · ${actorLabel(e.source)} → ${actorLabel(e.target)} · ${signed(e.goldstein)}`))));
}

// ---------------------------------------------------------------------------------------------
// header controls

function fillEntities(list) {
  entities.clear();
  for (const e of list) entities.set(e.id, e);
  const sorted = [...list].sort((a, b) => (b.events || 0) - (a.events || 0) || a.id.localeCompare(b.id));
  const states = sorted.filter(e => e.kind === 'state');
  const organisations = sorted.filter(e => e.kind !== 'state');
  const option = e => el('option', { value: e.id, text: `${e.id} · ${e.name} (${e.events ?? 0})` });
  $('ctl-focal').replaceChildren(
    el('optgroup', { label: 'states' }, states.map(option)),
    el('optgroup', { label: 'organisations' }, organisations.map(option)));
  $('entity-ids').replaceChildren(...sorted.map(e => el('option', { value: e.id, text: e.name })));
}

function syncControls(state) {
  const focal = $('ctl-focal');
  if (state.focal && ![...focal.options].some(o => o.value === state.focal)) {
    focal.append(el('option', { value: state.focal, text: state.focal }));
  }
  focal.value = state.focal;
  $('ctl-partners').value = state.partners;
  $('ctl-by').value = state.by;
  $('ctl-from').value = state.from;
  $('ctl-to').value = state.to;
  $('ctl-poles').value = state.poles;
  $('ctl-members').value = state.members;
  $('ctl-method').value = state.method;
  $('ctl-penalty').value = state.penalty;
  $('ctl-penalty').disabled = state.method === 'none';
  const unknown = entities.size ? splitIds(state.partners).filter(id => !entities.has(id)) : [];
  $('ctl-partners').classList.toggle('invalid', unknown.length > 0);
  $('ctl-partners').title = unknown.length ? `not in the store: ${unknown.join(', ')}` : '';
}

function readControls() {
  return {
    focal: $('ctl-focal').value,
    partners: splitIds($('ctl-partners').value).join(','),
    by: $('ctl-by').value,
    from: $('ctl-from').value,
    to: $('ctl-to').value,
    poles: splitIds($('ctl-poles').value).join(','),
    members: $('ctl-members').value.replace(/\s+/g, '').toUpperCase(),
    method: $('ctl-method').value,
    penalty: $('ctl-penalty').value.trim().toLowerCase(),
  };
}

function bindControls() {
  $('controls').addEventListener('submit', e => {
    e.preventDefault();
    navigate({ ...readControls(), ev: '', ev_dyad: '', ev_actor: '', ev_partners: '', ev_from: '', ev_to: '', ev_offset: '', event: '', doc: '' });
  });
  $('ctl-focal').addEventListener('change', () => {
    const focal = $('ctl-focal').value;
    $('ctl-partners').value = defaultPartners(focal);
  });
  for (const id of ['ctl-by', 'ctl-method']) {
    $(id).addEventListener('change', () => $('controls').requestSubmit());
  }
  $('ctl-network').addEventListener('change', () => {
    const [from, to] = ($('ctl-network').value || '..').split('..');
    navigate({ net_from: from, net_to: to });
  });
  $('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      toast('Link copied: it reproduces this view');
    } catch (e) {
      toast(location.href);
    }
  });
  $('close-document').addEventListener('click', () => navigate({ doc: '' }));
}

let stats = null;

function defaultPartners(focal) {
  if (DEFAULT_PARTNERS[focal]) return DEFAULT_PARTNERS[focal];
  const dyads = (stats && stats.dyads) || [];
  const partners = dyads.filter(d => d.source === focal || d.target === focal)
    .map(d => (d.source === focal ? d.target : d.source))
    .filter((id, i, all) => id !== focal && all.indexOf(id) === i);
  return partners.slice(0, 5).join(',');
}

function defaultFocal() {
  if (entities.has('ARM')) return 'ARM';
  const top = [...entities.values()].sort((a, b) => (b.events || 0) - (a.events || 0))[0];
  return top ? top.id : '';
}

function renderSummary() {
  if (!stats) return;
  const datasets = (stats.datasets || []).map(d => `${d.dataset} ${d.events} (${d.first} – ${d.last})`).join(', ');
  $('store-summary').textContent = `${stats.events} events from ${stats.documents} documents${datasets ? ' · ' + datasets : ''}`;
}

// ---------------------------------------------------------------------------------------------
// redrawing what the hash changed

let drawn = { charts: null, network: null, evidence: null, event: null, doc: null };

function applyHash() {
  const state = readState();
  if (!state.focal || !new URLSearchParams(location.hash.slice(1)).has('partners')) {
    const focal = state.focal || defaultFocal();
    navigate({ focal, partners: state.partners || defaultPartners(focal) }, { replace: true });
    return;
  }
  syncControls(state);
  assignColours(state);
  const keys = {
    charts: [state.focal, state.partners, state.by, state.from, state.to, state.poles, state.members, state.method, state.penalty].join('|'),
    network: [state.focal, state.partners, state.from, state.to, state.net_from, state.net_to].join('|'),
    evidence: [state.ev, state.ev_dyad, state.ev_actor, state.ev_partners, state.ev_from, state.ev_to, state.ev_offset, state.by, state.method, state.penalty].join('|'),
    event: state.event,
    doc: state.doc + '|' + state.event,
  };
  if (keys.charts !== drawn.charts) {
    renderTimeline(state);
    renderAlignment(state);
    renderConcentration(state);
    renderPanel(state);
  }
  if (keys.network !== drawn.network) renderNetwork(state);
  if (keys.evidence !== drawn.evidence) {
    renderEvidence(state);
    markSelectedPeriod(state);
  } else {
    markSelectedRow(state);
  }
  if (keys.event !== drawn.event) renderEvent(state);
  if (keys.doc !== drawn.doc) renderDocument(state);
  drawn = keys;
}

function bindCharts() {
  chartFor('timeline').on('click', onTimelineClick);
  chartFor('alignment').on('click', onAlignmentClick);
  chartFor('concentration').on('click', onConcentrationClick);
  chartFor('panel').on('click', onPanelClick);
  chartFor('network').on('click', onNetworkClick);
}

/** Hooks for browser tests: the same handlers a click on the canvas reaches. */
function exposeTestHooks() {
  window.orbitCharts = charts;
  window.orbitTest = {
    /** Clicks point index of the partner's timeline series. */
    clickPoint(partner, index) {
      const points = timelineData.points[partner];
      if (!points || !points[index]) throw new Error(`no point ${index} in the timeline of ${partner}`);
      onTimelineClick({ componentType: 'series', seriesName: partner, dataIndex: index, data: points[index] });
    },
    /** Clicks the partner's index-th changepoint marker. */
    clickChangepoint(partner, index) {
      onTimelineClick({ componentType: 'markPoint', seriesName: partner, data: { cpIndex: index } });
    },
    /** Clicks the alignment's index-th period. */
    clickAlignment(index) {
      onAlignmentClick({ dataIndex: index });
    },
    /** The alignment's periods, as the chart holds them. */
    alignment() {
      return alignmentData.periods.map(p => ({ period: p.period, start: p.start, end: p.end, score: p.score }));
    },
    /** Clicks the network edge between a and b. */
    clickEdge(a, b) {
      onNetworkClick({ dataType: 'edge', data: { source: a, target: b } });
    },
    /** The timeline's periods and, per partner, its changepoints (as the API gave them). */
    timeline() {
      return JSON.parse(JSON.stringify(timelineData));
    },
  };
}

async function start() {
  bindTokenDialog();
  bindControls();
  bindCharts();
  exposeTestHooks();
  try {
    const [list, storeStats] = await Promise.all([api('/api/entities', { with_events: true }), api('/api/stats')]);
    fillEntities(list.entities || []);
    stats = storeStats;
    renderSummary();
  } catch (e) {
    $('store-summary').textContent = `the store cannot be read: ${e.title || e.message}`;
  }
  window.addEventListener('hashchange', applyHash);
  applyHash();
}

start();

})();
