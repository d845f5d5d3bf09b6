// Herald's analyst page: hash router, views and the SVG charts they draw.
//
// Owns: everything the browser shows. Does not own: the data (the JSON API
// under /api/), nor any layout or charting library (there is none: the
// timeline, network, roles, bars and map are drawn here by hand).
//
// Rules this file keeps, because article text is untrusted and the server's
// Content-Security-Policy forbids inline script and style:
// - DOM is built only with createElement/textContent/setAttribute (helpers
//   `h` and `s`); never innerHTML or insertAdjacentHTML.
// - Links to outside pages are made only for http:// and https:// URLs.
// - API offsets are Unicode code points: text is sliced via Array.from.
'use strict';

// ---------------------------------------------------------------- constants

const ROOTS = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate',
  '04': 'Consult', '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation',
  '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove',
  '12': 'Reject', '13': 'Threaten', '14': 'Protest', '15': 'Exhibit force posture',
  '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Use unconventional mass violence',
};
const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const MODALITIES = ['asserted', 'negated', 'hypothetical', 'planned', 'alleged', 'denied'];
const QUADS = {
  1: { name: 'Verbal cooperation', color: '#74c476' },
  2: { name: 'Material cooperation', color: '#238b45' },
  3: { name: 'Verbal conflict', color: '#fd8d3c' },
  4: { name: 'Material conflict', color: '#cb181d' },
};
// Query parameters that filter events; the filter bar edits the first seven,
// the others arrive through links (actor page, network) and show as chips.
const FILTER_KEYS = ['actor', 'country', 'root', 'plover', 'from', 'to', 'modality',
  'actor_id', 'source', 'target', 'code', 'text'];
const BAR_KEYS = new Set(['actor', 'country', 'root', 'plover', 'from', 'to', 'modality']);
const TABS = ['events', 'network', 'map'];
const SVGNS = 'http://www.w3.org/2000/svg';

// ------------------------------------------------------------------ helpers

/** Makes an HTML element. attrs: class, text, on<event>, or plain attributes. */
function h(tag, attrs, ...kids) {
  return fill(document.createElement(tag), attrs, kids);
}

/** Makes an SVG element (same attrs as `h`). */
function s(tag, attrs, ...kids) {
  return fill(document.createElementNS(SVGNS, tag), attrs, kids);
}

function fill(e, attrs, kids) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.setAttribute('class', v);
    else if (k === 'text') e.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids.flat(Infinity)) {
    if (k === undefined || k === null || k === false) continue;
    e.append(k instanceof Node ? k : String(k));
  }
  return e;
}

function clear(e) {
  while (e.firstChild) e.removeChild(e.firstChild);
  return e;
}

function fmtInt(n) {
  return n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US');
}

/** "1 mention", "2 mentions". */
function plural(n, word) {
  return `${fmtInt(n)} ${word}${Number(n) === 1 ? '' : 's'}`;
}

function fmtNum(n, digits = 1) {
  return n === null || n === undefined || Number.isNaN(Number(n)) ? '–' : Number(n).toFixed(digits);
}

/** `added` is a Unix timestamp (seconds, maybe as a string) or an ISO date. */
function fmtAdded(v) {
  if (v === null || v === undefined || v === '') return '–';
  if (/^\d{9,11}$/.test(String(v))) return new Date(Number(v) * 1000).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
  return String(v);
}

function isHttpUrl(u) {
  return typeof u === 'string' && /^https?:\/\//i.test(u);
}

function rootName(code) {
  const r = String(code || '').slice(0, 2);
  return ROOTS[r] ? `${r} ${ROOTS[r]}` : String(code || '');
}

function quadColor(q) {
  return (QUADS[q] || { color: '#868e96' }).color;
}

/** An API call: JSON on success, Error(message from the API's error body) otherwise. */
async function api(path, params) {
  let url = path;
  if (params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
    }
    const qs = q.toString();
    if (qs) url += `?${qs}`;
  }
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error(`network error: ${e.message}`);
  }
  let body = null;
  try {
    body = await res.json();
  } catch (_) {
    body = null;
  }
  if (!res.ok) {
    const msg = body && body.error && body.error.message;
    throw new Error(msg ? `${msg} (HTTP ${res.status})` : `HTTP ${res.status} ${res.statusText}`);
  }
  if (body === null) throw new Error(`the server sent no JSON for ${path}`);
  return body;
}

function loading(what) {
  return h('div', { class: 'loading', 'data-testid': 'loading', role: 'status' }, `Loading ${what}…`);
}

function errorBox(what, err) {
  return h('div', { class: 'error', role: 'alert', 'data-testid': 'error' },
    h('strong', { text: `Could not load ${what}: ` }), err.message || String(err));
}

function empty(text) {
  return h('div', { class: 'empty', 'data-testid': 'empty' }, text);
}

function actorLink(side) {
  if (!side || (!side.name && !side.code)) return h('span', { class: 'muted', text: '—' });
  const label = side.name || side.code;
  const title = side.code ? `${label} (${side.code})` : label;
  if (side.actor_id === null || side.actor_id === undefined) return h('span', { title, text: label });
  return h('a', { href: `#/actor/${encodeURIComponent(side.actor_id)}`, title, class: 'actor-link',
    'data-testid': 'actor-link', onclick: (e) => e.stopPropagation() }, label);
}

function docHref(docId, eventId) {
  const base = `#/document/${encodeURIComponent(docId)}`;
  return eventId === undefined || eventId === null ? base : `${base}?event=${encodeURIComponent(eventId)}`;
}

/**
 * Text with highlighted spans, overlaps allowed: the text is cut at every span
 * boundary and each piece gets the classes (and titles) of all spans covering it.
 * chars: Array.from(text); offset: code-point offset of chars[0] in the spans'
 * coordinates; spans: [{start, end, cls, title?, attrs?}].
 */
function renderSpans(chars, offset, spans) {
  const frag = document.createDocumentFragment();
  const n = chars.length;
  const local = [];
  for (const sp of spans) {
    if (!sp || typeof sp.start !== 'number' || typeof sp.end !== 'number') continue;
    const a = Math.max(0, Math.min(n, sp.start - offset));
    const b = Math.max(0, Math.min(n, sp.end - offset));
    if (b > a) local.push({ ...sp, a, b });
  }
  const cuts = new Set([0, n]);
  for (const sp of local) { cuts.add(sp.a); cuts.add(sp.b); }
  const bounds = [...cuts].sort((x, y) => x - y);
  local.sort((x, y) => x.a - y.a);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i], b = bounds[i + 1];
    const text = chars.slice(a, b).join('');
    const cover = local.filter((sp) => sp.a <= a && sp.b >= b);
    if (!cover.length) { frag.append(document.createTextNode(text)); continue; }
    const classes = new Set();
    const titles = [];
    const el = h('span', null, text);
    for (const sp of cover) {
      for (const c of sp.cls.split(' ')) classes.add(c);
      if (sp.title && !titles.includes(sp.title)) titles.push(sp.title);
      for (const [k, v] of Object.entries(sp.attrs || {})) el.setAttribute(k, v);
    }
    el.setAttribute('class', [...classes].join(' '));
    if (titles.length) el.setAttribute('title', titles.join('\n'));
    frag.append(el);
  }
  return frag;
}

/** A search snippet whose [bracketed] parts are the match: bold via text nodes. */
function renderSnippet(snippet) {
  const frag = document.createDocumentFragment();
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  let m;
  const str = String(snippet || '');
  while ((m = re.exec(str)) !== null) {
    if (m.index > last) frag.append(document.createTextNode(str.slice(last, m.index)));
    frag.append(h('b', { class: 'match' }, m[1]));
    last = m.index + m[0].length;
  }
  if (last < str.length) frag.append(document.createTextNode(str.slice(last)));
  return frag;
}

// ------------------------------------------------------------------- dates
// Dates are handled as whole UTC days since 1970-01-01.

function dayOf(iso) {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(String(iso || ''));
  if (!m) return null;
  return Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000);
}

function isoOf(day) {
  const d = new Date(day * 86400000);
  const y = d.getUTCFullYear();
  const ys = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
  return `${ys}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function monthStart(day) {
  const d = new Date(day * 86400000);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86400000);
}

function addMonths(day, k) {
  const d = new Date(day * 86400000);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, 1) / 86400000);
}

/** First day of a timeline period label ("2014-05-12", "2014-W19", "2014-05"). */
function periodStart(period, bucket) {
  const p = String(period);
  if (/^-?\d{4,}-\d{2}-\d{2}$/.test(p)) return dayOf(p);
  let m = /^(-?\d{4,})-W(\d{1,2})$/.exec(p);
  if (m) { // ISO week: week 1 holds January 4th; weeks start on Monday.
    const jan4 = dayOf(`${m[1]}-01-04`);
    const dow = (new Date(jan4 * 86400000).getUTCDay() + 6) % 7;
    return jan4 - dow + (Number(m[2]) - 1) * 7;
  }
  m = /^(-?\d{4,})-(\d{2})$/.exec(p);
  if (m && bucket === 'week') { // strftime %W: week 1 starts on the first Monday.
    const jan1 = dayOf(`${m[1]}-01-01`);
    const dow = (new Date(jan1 * 86400000).getUTCDay() + 6) % 7;
    const firstMonday = jan1 + ((7 - dow) % 7);
    return Number(m[2]) === 0 ? jan1 : firstMonday + (Number(m[2]) - 1) * 7;
  }
  if (m) return dayOf(`${m[1]}-${m[2]}-01`);
  if (/^-?\d{4,}$/.test(p)) return dayOf(`${p}-01-01`);
  return null;
}

function nextPeriod(day, bucket) {
  if (bucket === 'day') return day + 1;
  if (bucket === 'week') return day + 7;
  return addMonths(day, 1);
}

function periodLabel(day, bucket) {
  const iso = isoOf(day);
  if (bucket === 'month') {
    const d = new Date(day * 86400000);
    return `${d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${d.getUTCFullYear()}`;
  }
  return iso;
}

// ------------------------------------------------------------------- state

const state = {
  stats: null,
  filters: {},       // the filters of the last events/network/map route
  renderId: 0,       // bumped per route; async work of older routes stops
};

function filtersFrom(params) {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v !== null && v !== '') f[k] = v;
  }
  return f;
}

function queryOf(obj) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const qs = q.toString();
  return qs ? `?${qs}` : '';
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/events';
  const qi = raw.indexOf('?');
  const path = qi >= 0 ? raw.slice(0, qi) : raw;
  const params = new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : '');
  const parts = path.split('/').filter((p) => p !== '');
  let arg = null;
  if (parts.length > 1) {
    try { arg = decodeURIComponent(parts.slice(1).join('/')); } catch (_) { arg = parts.slice(1).join('/'); }
  }
  return { view: parts[0] || 'events', arg, params };
}

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function stale(id) {
  return id !== state.renderId;
}

// ------------------------------------------------------------------ header

function setupHeader() {
  const rootSel = document.querySelector('#filters select[name=root]');
  rootSel.append(h('option', { value: '' }, 'any root'));
  for (const [code, name] of Object.entries(ROOTS)) rootSel.append(h('option', { value: code }, `${code} ${name}`));
  const plSel = document.querySelector('#filters select[name=plover]');
  plSel.append(h('option', { value: '' }, 'any type'));
  for (const p of PLOVER) plSel.append(h('option', { value: p }, p));
  const modSel = document.querySelector('#filters select[name=modality]');
  modSel.append(h('option', { value: '' }, 'any'));
  for (const m of MODALITIES) modSel.append(h('option', { value: m }, m));

  const form = document.getElementById('filters');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = {};
    // Filters that are not in the bar (actor_id, code…) stay until their chip is removed.
    for (const [k, v] of Object.entries(state.filters)) if (!BAR_KEYS.has(k)) f[k] = v;
    for (const k of BAR_KEYS) {
      let v = form.elements[k].value.trim();
      if (k === 'country') v = v.toUpperCase();
      if (v) f[k] = v;
    }
    if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
    go(`#/${currentTab()}${queryOf(f)}`);
  });
  document.getElementById('filters-clear').addEventListener('click', () => go(`#/${currentTab()}`));

  const actorInput = form.elements.actor;
  let timer = null;
  actorInput.addEventListener('input', () => {
    clearTimeout(timer);
    const q = actorInput.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const r = await api('/api/actors', { q, limit: 8 });
        const dl = clear(document.getElementById('actor-suggestions'));
        for (const a of r.actors || []) {
          const o = h('option');
          o.value = a.name || a.code || '';
          o.label = [a.code, a.kind].filter(Boolean).join(' · ');
          dl.append(o);
        }
      } catch (_) { /* suggestions are a convenience; the filter still works */ }
    }, 250);
  });

  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    if (q) go(`#/search${queryOf({ q })}`);
  });
}

function currentTab() {
  const v = parseHash().view;
  return TABS.includes(v) ? v : 'events';
}

function syncHeader(r) {
  const form = document.getElementById('filters');
  for (const k of BAR_KEYS) form.elements[k].value = state.filters[k] || '';
  const chips = clear(document.getElementById('filter-chips'));
  for (const [k, v] of Object.entries(state.filters)) {
    if (BAR_KEYS.has(k)) continue;
    const rest = { ...state.filters };
    delete rest[k];
    chips.append(h('a', { class: 'chip', href: `#/${currentTab()}${queryOf(rest)}`, title: 'Remove this filter' },
      `${k} = ${v} ×`));
  }
  const q = queryOf(state.filters);
  for (const a of document.querySelectorAll('.tabs a')) {
    a.setAttribute('href', `#/${a.dataset.tab}${q}`);
    a.classList.toggle('active', a.dataset.tab === r.view);
    if (a.dataset.tab === r.view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  if (r.view === 'search') document.getElementById('search-input').value = r.params.get('q') || '';
}

async function loadStats() {
  const box = document.getElementById('stats');
  try {
    const st = await api('/api/stats');
    state.stats = st;
    clear(box).append(
      `${fmtInt(st.documents)} documents · ${fmtInt(st.events)} events · ${fmtInt(st.actors)} actors`,
      st.first_date ? ` · ${st.first_date} – ${st.last_date}` : '');
    box.title = `${fmtInt(st.sentences)} sentences, ${fmtInt(st.event_mentions)} event mentions, `
      + `${fmtInt(st.quotes)} quotes, ${fmtInt(st.times)} time expressions, ${fmtInt(st.failures)} failures`;
  } catch (e) {
    clear(box).append(h('span', { class: 'error-inline', text: `stats: ${e.message}` }));
  }
}

// ------------------------------------------------------------------ router

const view = () => document.getElementById('view');

async function route() {
  const r = parseHash();
  state.renderId += 1;
  const id = state.renderId;
  if (TABS.includes(r.view)) state.filters = filtersFrom(r.params);
  syncHeader(r);
  const main = clear(view());
  main.className = `view-${r.view}`;
  // For tests and tools: which route main shows, and whether it has finished loading.
  main.dataset.hash = location.hash;
  main.dataset.ready = 'false';
  try {
    switch (r.view) {
      case 'events': await viewEvents(main, id); break;
      case 'network': await viewNetwork(main, id); break;
      case 'map': await viewMap(main, id); break;
      case 'search': await viewSearch(main, id, r.params.get('q') || ''); break;
      case 'actor': await viewActor(main, id, r.arg); break;
      case 'document': await viewDocument(main, id, r.arg, r.params.get('event')); break;
      case 'event': await viewEvent(main, id, r.arg); break;
      default: main.append(empty(`There is no view called “${r.view}”.`));
    }
  } catch (e) {
    if (!stale(id)) main.append(errorBox('this view', e));
  }
  if (!stale(id)) main.dataset.ready = 'true';
}

// ------------------------------------------------------------ events view

async function viewEvents(main, id) {
  document.title = 'Events · Herald';
  const tl = h('section', { class: 'panel' });
  const table = h('section', { class: 'panel' });
  main.append(tl, table);
  await Promise.all([timelinePanel(tl, id, state.filters), eventsPanel(table, id, state.filters, 'Events')]);
}

function pickBucket(fromDay, toDay) {
  const span = toDay - fromDay;
  if (span <= 92) return 'day';
  if (span <= 2 * 366) return 'week';
  return 'month';
}

async function timelinePanel(panel, id, filters) {
  const head = h('div', { class: 'panel-head' }, h('h2', { text: 'Timeline' }));
  const bucketSel = h('select', { 'aria-label': 'Bucket', 'data-testid': 'bucket' },
    ['auto', 'day', 'week', 'month'].map((b) => h('option', { value: b }, b === 'auto' ? 'auto bucket' : `by ${b}`)));
  head.append(h('label', { class: 'ctl' }, bucketSel));
  if (filters.from || filters.to) {
    const rest = { ...filters };
    delete rest.from; delete rest.to;
    head.append(h('a', { class: 'button', href: `#/events${queryOf(rest)}` }, 'Show all dates'));
  }
  head.append(legend(Object.entries(QUADS).map(([, q]) => [q.color, q.name]),
    h('span', { class: 'legend-item' }, h('span', { class: 'swatch line' }), 'Mean Goldstein (right axis)')));
  const body = h('div', { class: 'timeline', 'data-testid': 'timeline' });
  const note = h('p', { class: 'hint' }, 'Drag across the chart to select a period (sets From/To); click a bar for one period.');
  panel.append(head, body, note);

  const draw = async (choice) => {
    clear(body).append(loading('timeline'));
    try {
      let bucket = choice;
      let data;
      let range = null;
      if (choice === 'auto') {
        const f = dayOf(filters.from);
        const t = dayOf(filters.to);
        if (f !== null && t !== null) {
          bucket = pickBucket(f, t);
          data = await api('/api/timeline', { ...filters, bucket });
        } else {
          // Unknown range: months first, then finer if the bulk of the events is short.
          data = await api('/api/timeline', { ...filters, bucket: 'month' });
          bucket = 'month';
          range = denseRange(data.points || [], 'month');
          if (range) {
            const b = pickBucket(range[0], addMonths(range[1], 1) - 1);
            if (b !== 'month') {
              bucket = b;
              data = await api('/api/timeline', { ...filters, bucket,
                from: filters.from || isoOf(range[0]), to: filters.to || isoOf(addMonths(range[1], 1) - 1) });
              range = null;
            }
          }
        }
      } else {
        data = await api('/api/timeline', { ...filters, bucket });
      }
      if (stale(id)) return;
      bucket = data.bucket || bucket;
      clear(body);
      drawTimeline(body, data.points || [], bucket, filters, choice === 'auto' && !filters.from && !filters.to);
    } catch (e) {
      if (!stale(id)) clear(body).append(errorBox('timeline', e));
    }
  };
  bucketSel.addEventListener('change', () => draw(bucketSel.value));
  await draw('auto');
}

/** The span of months holding the middle 99% of events, when outliers stretch the range. */
function denseRange(points, bucket) {
  const per = new Map();
  for (const p of points) {
    const d = periodStart(p.period, bucket);
    if (d !== null) per.set(d, (per.get(d) || 0) + (p.events || 0));
  }
  if (!per.size) return null;
  const keys = [...per.keys()].sort((a, b) => a - b);
  const total = keys.reduce((acc, k) => acc + per.get(k), 0);
  let lo = keys[0], hi = keys[keys.length - 1], acc = 0;
  for (const k of keys) { acc += per.get(k); if (acc > total * 0.005) { lo = k; break; } }
  acc = 0;
  for (const k of [...keys].reverse()) { acc += per.get(k); if (acc > total * 0.005) { hi = k; break; } }
  return [lo, hi];
}

function drawTimeline(box, points, bucket, filters, trim) {
  // Periods → {start, q: {1..4}, events, gsum}
  const byDay = new Map();
  for (const p of points) {
    const d = periodStart(p.period, bucket);
    if (d === null) continue;
    const row = byDay.get(d) || { start: d, q: { 1: 0, 2: 0, 3: 0, 4: 0 }, events: 0, gsum: 0, gn: 0 };
    const n = Number(p.events) || 0;
    row.q[p.quad_class] = (row.q[p.quad_class] || 0) + n;
    row.events += n;
    if (p.mean_goldstein !== null && p.mean_goldstein !== undefined) { row.gsum += p.mean_goldstein * n; row.gn += n; }
    byDay.set(d, row);
  }
  if (!byDay.size) { box.append(empty('No events match these filters.')); return; }
  let keys = [...byDay.keys()].sort((a, b) => a - b);
  let hidden = 0;
  if (trim) {
    const r = denseRange(points, bucket);
    if (r) {
      for (const k of keys) if (k < r[0] || k > r[1]) hidden += byDay.get(k).events;
      keys = keys.filter((k) => k >= r[0] && k <= r[1]);
    }
  }
  // A continuous run of periods so gaps show as gaps.
  const periods = [];
  for (let d = keys[0]; d <= keys[keys.length - 1] && periods.length < 5000; d = nextPeriod(d, bucket)) {
    periods.push(byDay.get(d) || { start: d, q: { 1: 0, 2: 0, 3: 0, 4: 0 }, events: 0, gsum: 0, gn: 0 });
  }
  const end = (d) => nextPeriod(d, bucket) - 1;

  const W = Math.max(600, box.clientWidth || 1000);
  const H = 250;
  const m = { l: 56, r: 56, t: 12, b: 42 };
  const pw = W - m.l - m.r;
  const ph = H - m.t - m.b;
  const n = periods.length;
  const band = pw / n;
  const maxN = Math.max(1, ...periods.map((p) => p.events));
  const ticks = niceTicks(maxN);
  const yMax = ticks[ticks.length - 1];
  const y = (v) => m.t + ph - (v / yMax) * ph;
  const yg = (g) => m.t + ph - ((g + 10) / 20) * ph;
  const svg = s('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img',
    'aria-label': `Events per ${bucket} by QuadClass, with mean Goldstein` });

  // Grid and left axis (events).
  for (const t of ticks) {
    svg.append(s('line', { x1: m.l, x2: W - m.r, y1: y(t), y2: y(t), class: 'grid' }));
    svg.append(s('text', { x: m.l - 6, y: y(t) + 4, class: 'tick', 'text-anchor': 'end' }, fmtInt(t)));
  }
  svg.append(s('text', { class: 'axis-title', transform: `translate(14 ${m.t + ph / 2}) rotate(-90)`, 'text-anchor': 'middle' }, 'Events'));
  // Right axis (Goldstein).
  for (const g of [-10, -5, 0, 5, 10]) {
    svg.append(s('text', { x: W - m.r + 6, y: yg(g) + 4, class: 'tick g' }, g > 0 ? `+${g}` : String(g)));
  }
  svg.append(s('text', { class: 'axis-title', transform: `translate(${W - 12} ${m.t + ph / 2}) rotate(90)`, 'text-anchor': 'middle' }, 'Mean Goldstein'));
  svg.append(s('line', { x1: m.l, x2: W - m.r, y1: yg(0), y2: yg(0), class: 'zero' }));

  // Bars.
  const bars = s('g', { class: 'bars' });
  periods.forEach((p, i) => {
    const x = m.l + i * band;
    const bw = Math.max(1, band - (band > 4 ? Math.min(2, band * 0.15) : 0));
    let acc = 0;
    for (const q of [1, 2, 3, 4]) {
      const v = p.q[q] || 0;
      if (!v) continue;
      bars.append(s('rect', { x, y: y(acc + v), width: bw, height: Math.max(0.5, y(acc) - y(acc + v)), fill: QUADS[q].color }));
      acc += v;
    }
  });
  svg.append(bars);
  // Goldstein line (broken where a period has too few events for a mean worth drawing).
  const minG = n > 60 ? 5 : 1;
  const drawn = periods.map((p) => p.gn >= minG);
  let dpath = '';
  let pen = false;
  periods.forEach((p, i) => {
    if (!drawn[i]) { pen = false; return; }
    const x = m.l + i * band + band / 2;
    dpath += `${pen ? 'L' : 'M'}${x.toFixed(1)} ${yg(p.gsum / p.gn).toFixed(1)}`;
    pen = true;
  });
  svg.append(s('path', { d: dpath, class: 'gline' }));
  periods.forEach((p, i) => {
    // Every point when there are few; otherwise only those with no neighbour to draw a line to.
    const alone = !drawn[i - 1] && !drawn[i + 1];
    if (drawn[i] && (n <= 60 || alone)) svg.append(s('circle', { cx: m.l + i * band + band / 2, cy: yg(p.gsum / p.gn), r: n <= 60 ? 2.5 : 1.8, class: 'gdot' }));
  });
  // X axis labels: about one per 110px.
  const step = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(pw / 110))));
  for (let i = 0; i < n; i += step) {
    const x = m.l + i * band + band / 2;
    svg.append(s('line', { x1: x, x2: x, y1: m.t + ph, y2: m.t + ph + 4, class: 'axis' }));
    svg.append(s('text', { x, y: m.t + ph + 17, class: 'tick', 'text-anchor': 'middle' }, periodLabel(periods[i].start, bucket)));
  }
  svg.append(s('line', { x1: m.l, x2: W - m.r, y1: m.t + ph, y2: m.t + ph, class: 'axis' }));
  svg.append(s('text', { x: m.l + pw / 2, y: H - 4, class: 'axis-title', 'text-anchor': 'middle' },
    `Period (${bucket})${minG > 1 ? ` · Goldstein line where a period has ≥ ${minG} events` : ''}`
    + `${hidden ? ` · ${fmtInt(hidden)} events with outlying dates not shown` : ''}`));

  // Hover targets with titles, and the brush.
  const hover = s('g', { class: 'hover' });
  periods.forEach((p, i) => {
    const parts = [1, 2, 3, 4].map((q) => `${QUADS[q].name}: ${fmtInt(p.q[q] || 0)}`);
    const gold = p.gn ? fmtNum(p.gsum / p.gn, 2) : '–';
    hover.append(s('rect', { x: m.l + i * band, y: m.t, width: Math.max(band, 1), height: ph, class: 'hit' },
      s('title', null, `${isoOf(p.start)} – ${isoOf(end(p.start))}\n${fmtInt(p.events)} events\n${parts.join('\n')}\nMean Goldstein: ${gold}`)));
  });
  svg.append(hover);
  const brush = s('rect', { class: 'brush', x: 0, y: m.t, width: 0, height: ph, visibility: 'hidden' });
  svg.append(brush);

  const idxAt = (clientX) => {
    const rect = svg.getBoundingClientRect();
    const px = (clientX - rect.left) * (W / rect.width);
    return Math.max(0, Math.min(n - 1, Math.floor((px - m.l) / band)));
  };
  let start = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    start = idxAt(e.clientX);
    svg.setPointerCapture(e.pointerId);
    brush.setAttribute('visibility', 'visible');
    brush.setAttribute('x', m.l + start * band);
    brush.setAttribute('width', Math.max(band, 1));
    e.preventDefault();
  });
  svg.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const i = idxAt(e.clientX);
    const a = Math.min(start, i), b = Math.max(start, i);
    brush.setAttribute('x', m.l + a * band);
    brush.setAttribute('width', Math.max(band, 1) * (b - a + 1));
  });
  const finish = (e) => {
    if (start === null) return;
    const i = idxAt(e.clientX);
    const a = Math.min(start, i), b = Math.max(start, i);
    start = null;
    const f = { ...filters, from: isoOf(periods[a].start), to: isoOf(end(periods[b].start)) };
    go(`#/events${queryOf(f)}`);
  };
  svg.addEventListener('pointerup', finish);
  svg.addEventListener('pointercancel', () => { start = null; brush.setAttribute('visibility', 'hidden'); });
  box.append(svg);
}

function niceTicks(max) {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((st) => st >= raw) || raw;
  const out = [];
  for (let v = 0; v <= max + step * 0.999; v += step) out.push(Math.round(v * 1000) / 1000);
  if (out.length < 2) out.push(step);
  return out;
}

function legend(items, ...extra) {
  return h('div', { class: 'legend', 'data-testid': 'legend' },
    items.map(([color, label]) => {
      const sw = h('span', { class: 'swatch' });
      sw.style.background = color;
      return h('span', { class: 'legend-item' }, sw, label);
    }), extra);
}

/** The events table with cursor pagination ("More"). */
async function eventsPanel(panel, id, filters, title) {
  const count = h('span', { class: 'muted' });
  panel.append(h('div', { class: 'panel-head' }, h('h2', { text: title }), count));
  const tbody = h('tbody');
  const table = h('table', { class: 'events', 'data-testid': 'events-table' },
    h('thead', null, h('tr', null, ['Date', 'Source → Target', 'Event', 'Modality', 'Mentions', 'Place']
      .map((c) => h('th', { scope: 'col' }, c)))), tbody);
  const status = h('div');
  const more = h('button', { type: 'button', class: 'more', 'data-testid': 'events-more', hidden: true }, 'More');
  panel.append(table, status, more);
  let cursor = null;
  let shown = 0;
  const page = async () => {
    more.disabled = true;
    clear(status).append(loading('events'));
    try {
      const r = await api('/api/events', { ...filters, limit: 50, cursor });
      if (stale(id)) return;
      clear(status);
      for (const ev of r.events || []) tbody.append(eventRow(ev));
      shown += (r.events || []).length;
      cursor = r.next || null;
      more.hidden = !cursor;
      more.disabled = false;
      count.textContent = shown ? `${fmtInt(shown)} shown${cursor ? ', more available' : ''}` : '';
      if (!shown) { table.hidden = true; status.append(empty('No events match these filters.')); }
    } catch (e) {
      if (!stale(id)) {
        clear(status).append(errorBox('events', e));
        more.disabled = false;
        more.hidden = shown === 0; // after a later page fails, More retries it
      }
    }
  };
  more.addEventListener('click', page);
  await page();
}

function eventRow(ev) {
  const open = () => go(`#/event/${encodeURIComponent(ev.id)}`);
  const chip = h('span', { class: 'qchip', title: (QUADS[ev.quad_class] || {}).name || '' });
  chip.style.background = quadColor(ev.quad_class);
  const place = [ev.place, ev.country].filter(Boolean).join(', ');
  return h('tr', { class: 'clickable', tabindex: 0, 'data-testid': 'event-row', 'data-event-id': ev.id,
    onclick: open, onkeydown: (e) => { if (e.key === 'Enter') open(); } },
  h('td', { class: 'nowrap', title: ev.precision ? `precision: ${ev.precision}` : null }, ev.date || '–'),
  h('td', null, actorLink(ev.source), h('span', { class: 'arrow', text: ' → ' }), actorLink(ev.target)),
  h('td', null, chip, h('code', { text: ev.code }), ' ', ev.name || ''),
  h('td', { class: `mod mod-${ev.modality}` }, ev.modality || ''),
  h('td', { class: 'num' }, fmtInt(ev.num_mentions)),
  h('td', null, place || h('span', { class: 'muted', text: '—' })));
}

// ------------------------------------------------------------- event view

async function viewEvent(main, id, eventId) {
  document.title = `Event ${eventId} · Herald`;
  main.append(loading('event'));
  let r;
  try {
    r = await api(`/api/events/${encodeURIComponent(eventId)}`);
  } catch (e) {
    if (!stale(id)) clear(main).append(errorBox(`event ${eventId}`, e));
    return;
  }
  if (stale(id)) return;
  clear(main);
  const ev = r.event || {};
  document.title = `${ev.code} ${ev.name} · Herald`;
  const chip = h('span', { class: 'qchip big' });
  chip.style.background = quadColor(ev.quad_class);
  const panel = h('section', { class: 'panel', 'data-testid': 'event-page' },
    h('h2', null, chip, `${ev.code} ${ev.name || ''}`),
    h('p', { class: 'lead' }, actorLink(ev.source), h('span', { class: 'arrow', text: ' → ' }), actorLink(ev.target),
      ` · ${ev.date || 'undated'}`, ev.place ? ` · ${ev.place}` : ''));
  const firstDoc = ev.first_doc_id ? h('a', { href: docHref(ev.first_doc_id, ev.id) }, ev.first_doc_id) : '–';
  const firstUrl = isHttpUrl(ev.first_url)
    ? h('a', { href: ev.first_url, rel: 'noopener noreferrer', target: '_blank' }, ev.first_url) : (ev.first_url || '–');
  panel.append(defs([
    ['Date', `${ev.date || '–'}${ev.precision ? ` (precision: ${ev.precision})` : ''}`],
    ['CAMEO', `${ev.code} (base ${ev.base_code}, root ${rootName(ev.root)})`],
    ['PLOVER', `${ev.plover_type || '–'}${ev.plover_mode ? ` / ${ev.plover_mode}` : ''}`],
    ['Goldstein', fmtNum(ev.goldstein, 1)],
    ['QuadClass', `${ev.quad_class} ${(QUADS[ev.quad_class] || {}).name || ''}`],
    ['Modality', ev.modality],
    ['Place', [ev.place, ev.country].filter(Boolean).join(', ') || '–'],
    ['Coordinates', ev.lat !== null && ev.lat !== undefined ? `${fmtNum(ev.lat, 3)}, ${fmtNum(ev.lon, 3)}` : '–'],
    ['Mentions / sources / articles', `${fmtInt(ev.num_mentions)} / ${fmtInt(ev.num_sources)} / ${fmtInt(ev.num_articles)}`],
    ['Confidence', fmtNum(ev.confidence, 2)],
    ['First document', firstDoc],
    ['First URL', firstUrl],
    ['Added', fmtAdded(ev.added)],
    ['Root event', ev.is_root ? 'yes' : 'no'],
  ]));
  main.append(panel);

  const mentions = r.mentions || [];
  const mp = h('section', { class: 'panel', 'data-testid': 'event-mentions' },
    h('div', { class: 'panel-head' }, h('h2', { text: `Mentions (${mentions.length})` }),
      legend([], evLegend().slice(1))));
  if (!mentions.length) mp.append(empty('This event has no stored mentions.'));
  for (const mn of mentions) {
    const sent = mn.sentence || { start: 0, end: 0, text: '' };
    const chars = Array.from(sent.text || '');
    const spans = [];
    if (mn.source) spans.push({ start: mn.source.start, end: mn.source.end, cls: 'ev-source', title: 'source actor' });
    if (mn.target) spans.push({ start: mn.target.start, end: mn.target.end, cls: 'ev-target', title: 'target actor' });
    if (mn.predicate) spans.push({ start: mn.predicate.start, end: mn.predicate.end, cls: 'ev-predicate', title: 'predicate' });
    const title = mn.title || mn.doc_id;
    mp.append(h('article', { class: 'mention', 'data-testid': 'mention' },
      h('div', { class: 'mention-head' },
        h('strong', { text: mn.publisher || 'unknown publisher' }), ' · ', mn.doc_date || '', ' · ',
        h('a', { href: docHref(mn.doc_id, ev.id), 'data-testid': 'mention-doc' }, title)),
      h('blockquote', { class: 'sentence' }, renderSpans(chars, sent.start || 0, spans)),
      h('div', { class: 'muted small' },
        `code ${mn.code} · ${mn.modality}${mn.quoted ? ' · quoted' : ''} · date ${mn.date || '–'}`
        + `${mn.date_source ? ` (${mn.date_source})` : ''} · confidence ${fmtNum(mn.confidence, 2)}`)));
  }
  main.append(mp);
}

function evLegend() {
  return [['ev-sentence', 'sentence'], ['ev-predicate', 'predicate'], ['ev-source', 'source'], ['ev-target', 'target']]
    .map(([c, l]) => h('span', { class: 'legend-item' }, h('span', { class: `sample ${c}`, text: l })));
}

function defs(rows) {
  return h('dl', { class: 'defs' }, rows.map(([k, v]) => [h('dt', { text: k }), h('dd', null, v === undefined || v === null ? '–' : v)]));
}

// ---------------------------------------------------------- network view

async function viewNetwork(main, id) {
  document.title = 'Network · Herald';
  const panel = h('section', { class: 'panel' });
  main.append(panel);
  const box = h('div', { class: 'network', 'data-testid': 'network' });
  panel.append(h('div', { class: 'panel-head' }, h('h2', { text: 'Actor network' }),
    h('span', { class: 'muted' }, 'Node size: events · edge width: events between the pair · arrow: source → target · click a node for the actor page'),
    goldLegend()), box);
  box.append(loading('network'));
  let r;
  try {
    r = await api('/api/network', { ...state.filters, limit: 200 });
  } catch (e) {
    if (!stale(id)) clear(box).append(errorBox('network', e));
    return;
  }
  if (stale(id)) return;
  clear(box);
  if (!r.nodes || !r.nodes.length) { box.append(empty('No events match these filters.')); return; }
  drawNetwork(box, r.nodes, r.edges || []);
}

/** Goldstein colour: red (-10) … grey (0) … blue (+10). */
function goldColor(g) {
  const t = Math.max(-1, Math.min(1, (Number(g) || 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [215, 48, 31] : [33, 113, 181];
  const k = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function goldLegend() {
  const W = 180;
  const grad = s('linearGradient', { id: 'gold-grad', x1: 0, x2: 1, y1: 0, y2: 0 },
    [-10, -5, 0, 5, 10].map((g) => s('stop', { offset: `${(g + 10) * 5}%`, 'stop-color': goldColor(g) })));
  return h('div', { class: 'legend' },
    h('span', { class: 'legend-item' }, 'Edge: mean Goldstein',
      s('svg', { width: W + 60, height: 26, class: 'gold-legend', role: 'img', 'aria-label': 'red -10 conflict, grey 0, blue +10 cooperation' },
        s('defs', null, grad),
        s('text', { x: 0, y: 13, class: 'tick' }, '−10'),
        s('rect', { x: 26, y: 4, width: W, height: 10, fill: 'url(#gold-grad)' }),
        s('text', { x: W + 30, y: 13, class: 'tick' }, '+10'),
        s('text', { x: 26, y: 25, class: 'tick small' }, 'conflict'),
        s('text', { x: 26 + W / 2, y: 25, class: 'tick small', 'text-anchor': 'middle' }, '0'),
        s('text', { x: 26 + W, y: 25, class: 'tick small', 'text-anchor': 'end' }, 'cooperation'))));
}

/** Fruchterman–Reingold with a fixed number of iterations, then fitted to the box. */
function layout(nodes, edges, W, H) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = i * 2.399963; // golden angle: a deterministic spiral start
    const r = Math.sqrt(i + 0.5) / Math.sqrt(n);
    return { x: Math.cos(a) * r * W * 0.45, y: Math.sin(a) * r * H * 0.45 };
  });
  const index = new Map(nodes.map((nd, i) => [String(nd.id), i]));
  const links = edges.map((e) => [index.get(String(e.source)), index.get(String(e.target)), e.weight || 1])
    .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 1.1;
  const maxW = Math.max(1, ...links.map((l) => l[2]));
  const iters = 300;
  let temp = W / 8;
  for (let it = 0; it < iters; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = 0.1 * ((i % 7) - 3); dy = 0.1 * ((j % 5) - 2); d2 = dx * dx + dy * dy + 0.01; }
        const f = (k * k) / d2;
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = (d / k) * (0.4 + 0.6 * (Math.log1p(w) / Math.log1p(maxW)));
      disp[a].x -= (dx / d) * f * d / 2; disp[a].y -= (dy / d) * f * d / 2;
      disp[b].x += (dx / d) * f * d / 2; disp[b].y += (dy / d) * f * d / 2;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x -= pos[i].x * 0.04 * k; // gravity keeps loose components near
      disp[i].y -= pos[i].y * 0.04 * k * (W / H);
      const d = Math.sqrt(disp[i].x ** 2 + disp[i].y ** 2) || 0.01;
      const step = Math.min(d, temp);
      pos[i].x += (disp[i].x / d) * step;
      pos[i].y += (disp[i].y / d) * step;
    }
    temp = Math.max(0.5, temp * 0.98);
  }
  return pos;
}

function drawNetwork(box, nodes, edges) {
  const W = Math.max(700, box.clientWidth || 1200);
  const H = 540;
  const pad = 40;
  const pos = layout(nodes, edges, W, H);
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const sx = (W - 2 * pad - 120) / Math.max(1, maxX - minX);
  const sy = (H - 2 * pad) / Math.max(1, maxY - minY);
  const pt = pos.map((p) => ({ x: pad + 60 + (p.x - minX) * sx, y: pad + (p.y - minY) * sy }));
  const maxE = Math.max(1, ...nodes.map((nd) => nd.events || 0));
  const rad = nodes.map((nd) => 4 + 16 * Math.sqrt((nd.events || 0) / maxE));
  const index = new Map(nodes.map((nd, i) => [String(nd.id), i]));
  const maxW = Math.max(1, ...edges.map((e) => e.weight || 0));
  const svg = s('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: 'chart net', role: 'img',
    'aria-label': `Actor network: ${nodes.length} actors, ${edges.length} links` });
  const gEdges = s('g', { class: 'edges' });
  const gNodes = s('g', { class: 'nodes' });
  const edgeEls = [];
  for (const e of edges) {
    const a = index.get(String(e.source)), b = index.get(String(e.target));
    if (a === undefined || b === undefined || a === b) continue;
    const p = pt[a], q = pt[b];
    const dx = q.x - p.x, dy = q.y - p.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    // A slight bend so A→B and B→A do not overlap; the arrow ends at B's rim.
    const nx = -dy / d, ny = dx / d;
    const bend = Math.min(30, d * 0.12);
    const cx = (p.x + q.x) / 2 + nx * bend, cy = (p.y + q.y) / 2 + ny * bend;
    const tx = q.x - cx, ty = q.y - cy;
    const td = Math.sqrt(tx * tx + ty * ty) || 1;
    const ex = q.x - (tx / td) * (rad[b] + 2), ey = q.y - (ty / td) * (rad[b] + 2);
    const width = 1 + 5 * Math.sqrt((e.weight || 1) / maxW);
    const color = goldColor(e.mean_goldstein);
    const al = 6 + width * 1.5;
    const ux = tx / td, uy = ty / td;
    const bx = ex - ux * al, by = ey - uy * al;
    const head = `M${ex.toFixed(1)} ${ey.toFixed(1)}L${(bx + uy * al * 0.45).toFixed(1)} ${(by - ux * al * 0.45).toFixed(1)}`
      + `L${(bx - uy * al * 0.45).toFixed(1)} ${(by + ux * al * 0.45).toFixed(1)}Z`;
    const g = s('g', { class: 'edge', 'data-testid': 'network-edge', 'data-a': a, 'data-b': b },
      s('path', { d: `M${p.x.toFixed(1)} ${p.y.toFixed(1)}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${bx.toFixed(1)} ${by.toFixed(1)}`,
        stroke: color, 'stroke-width': width.toFixed(2), fill: 'none' }),
      s('path', { d: head, fill: color }),
      s('title', null, `${nodes[a].name || nodes[a].code} → ${nodes[b].name || nodes[b].code}\n`
        + `${fmtInt(e.weight)} events · mean Goldstein ${fmtNum(e.mean_goldstein, 2)}`));
    edgeEls.push(g);
    gEdges.append(g);
  }
  // Labels, biggest nodes first, skipping any that would overlap a placed label or node.
  const order = nodes.map((_, i) => i).sort((i, j) => (nodes[j].events || 0) - (nodes[i].events || 0));
  const labelled = new Set();
  const boxes = [];
  const hits = (b) => boxes.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0);
  const place = new Map();
  for (const i of order) {
    const label = nodes[i].name || nodes[i].code || String(nodes[i].id);
    const tw = label.length * 6.3;
    const { x, y } = pt[i];
    const r = rad[i];
    // Right, left, above, below the node: the first spot that is free.
    const spots = [
      { x0: x + r + 2, y0: y - 7, anchor: 'start', tx: x + r + 3, ty: y + 4 },
      { x0: x - r - 4 - tw, y0: y - 7, anchor: 'end', tx: x - r - 3, ty: y + 4 },
      { x0: x - tw / 2, y0: y - r - 16, anchor: 'middle', tx: x, ty: y - r - 4 },
      { x0: x - tw / 2, y0: y + r + 1, anchor: 'middle', tx: x, ty: y + r + 12 },
    ];
    for (const sp of spots) {
      const b = { x0: sp.x0, x1: sp.x0 + tw + 2, y0: sp.y0, y1: sp.y0 + 14 };
      if (b.x0 < 0 || b.x1 > W || b.y0 < 0 || b.y1 > H || hits(b)) continue;
      const overNode = pt.some((p, j) => j !== i && p.x + rad[j] > b.x0 && p.x - rad[j] < b.x1 && p.y + rad[j] > b.y0 && p.y - rad[j] < b.y1);
      if (overNode) continue;
      labelled.add(i);
      boxes.push(b);
      place.set(i, sp);
      break;
    }
  }
  nodes.forEach((nd, i) => {
    const label = nd.name || nd.code || String(nd.id);
    const a = s('a', { href: `#/actor/${encodeURIComponent(nd.id)}`, class: 'node', 'data-testid': 'network-node', 'data-actor-id': nd.id },
      s('circle', { cx: pt[i].x.toFixed(1), cy: pt[i].y.toFixed(1), r: rad[i].toFixed(1) }),
      labelled.has(i) ? s('text', { x: place.get(i).tx.toFixed(1), y: place.get(i).ty.toFixed(1), 'text-anchor': place.get(i).anchor, class: 'label' }, label) : null,
      s('title', null, `${label}${nd.code ? ` (${nd.code})` : ''}\n${fmtInt(nd.events)} events`));
    a.addEventListener('mouseenter', () => {
      svg.classList.add('focus');
      for (const el of edgeEls) if (+el.dataset.a === i || +el.dataset.b === i) el.classList.add('hot');
      a.classList.add('hot');
    });
    a.addEventListener('mouseleave', () => {
      svg.classList.remove('focus');
      for (const el of svg.querySelectorAll('.hot')) el.classList.remove('hot');
    });
    gNodes.append(a);
  });
  svg.append(gEdges, gNodes);
  box.append(svg);
}

// -------------------------------------------------------------- actor view

async function viewActor(main, id, actorId) {
  document.title = `Actor ${actorId} · Herald`;
  main.append(loading('actor'));
  let a;
  try {
    a = await api(`/api/actors/${encodeURIComponent(actorId)}`);
  } catch (e) {
    if (!stale(id)) clear(main).append(errorBox(`actor ${actorId}`, e));
    return;
  }
  if (stale(id)) return;
  clear(main);
  document.title = `${a.name || a.code} · Herald`;
  const links = h('p', { class: 'links' },
    h('a', { class: 'button', href: `#/events${queryOf({ actor_id: a.actor_id })}` }, 'Timeline of its events'),
    h('a', { class: 'button', href: `#/network${queryOf({ actor_id: a.actor_id })}` }, 'Its network'),
    h('a', { class: 'button', href: `#/map${queryOf({ actor_id: a.actor_id })}` }, 'Its map'));
  const head = h('section', { class: 'panel', 'data-testid': 'actor-page' },
    h('h2', { 'data-testid': 'actor-name' }, a.name || a.code || `Actor ${a.actor_id}`),
    defs([
      ['Code', a.code || '–'], ['Kind', a.kind || '–'],
      ['First seen', a.first_seen || '–'], ['Last seen', a.last_seen || '–'],
      ['Documents', fmtInt(a.num_documents)], ['Mentions', fmtInt(a.num_mentions)],
    ]), links);
  main.append(head);

  const grid = h('div', { class: 'grid2' });
  const roles = h('section', { class: 'panel', 'data-testid': 'actor-roles' }, h('h2', { text: 'Roles over time' }),
    h('p', { class: 'hint' }, 'Learned by the knowledge base from the articles; hover a bar for its evidence.'));
  drawRoles(roles, a.roles || []);
  const partners = h('section', { class: 'panel', 'data-testid': 'actor-partners' }, h('h2', { text: 'Top partners' }));
  if (!(a.partners || []).length) partners.append(empty('No partners: this actor has no events with another actor.'));
  else {
    partners.append(h('table', { class: 'compact' },
      h('thead', null, h('tr', null, h('th', { text: 'Actor' }), h('th', { text: 'Events', class: 'num' }), h('th', { text: 'Mean Goldstein', class: 'num' }))),
      h('tbody', null, a.partners.map((p) => {
        const dot = h('span', { class: 'qchip' });
        dot.style.background = goldColor(p.mean_goldstein);
        return h('tr', null, h('td', null, actorLink(p), p.code ? h('span', { class: 'muted', text: ` ${p.code}` }) : null),
          h('td', { class: 'num' }, fmtInt(p.events)), h('td', { class: 'num' }, dot, fmtNum(p.mean_goldstein, 2)));
      }))));
  }
  const roots = h('section', { class: 'panel', 'data-testid': 'actor-roots' }, h('h2', { text: 'Events by CAMEO root' }));
  drawRoots(roots, a.roots || [], a.actor_id);
  grid.append(roles, partners, roots);
  main.append(grid);

  const evs = h('section', { class: 'panel' });
  main.append(evs);
  await eventsPanel(evs, id, { actor_id: a.actor_id }, 'Its events');
}

function drawRoles(box, roles) {
  if (!roles.length) { box.append(empty('No roles learned for this actor.')); return; }
  const dated = roles.filter((r) => dayOf(r.first_seen) !== null);
  const days = dated.flatMap((r) => [dayOf(r.first_seen), dayOf(r.last_seen || r.first_seen)]).filter((d) => d !== null);
  const W = Math.max(420, Math.min(620, box.clientWidth || 560));
  const rowH = 22;
  const labelW = 200;
  const m = { t: 6, b: 24, r: 16 };
  const H = m.t + m.b + rowH * roles.length;
  const svg = s('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: 'chart roles', role: 'img', 'aria-label': 'Roles over time' });
  const lo = days.length ? Math.min(...days) : 0;
  const hi = days.length ? Math.max(...days) : 1;
  const span = Math.max(1, hi - lo);
  const x = (d) => labelW + ((d - lo) / span) * (W - labelW - m.r);
  roles.forEach((r, i) => {
    const yy = m.t + i * rowH;
    const label = `${r.role}${r.country ? ` (${r.country})` : ''}`;
    svg.append(s('text', { x: labelW - 6, y: yy + 15, class: 'tick', 'text-anchor': 'end' },
      label.length > 30 ? `${label.slice(0, 29)}…` : label, s('title', null, label)));
    const f = dayOf(r.first_seen), l = dayOf(r.last_seen || r.first_seen);
    if (f === null) return;
    const x0 = x(f), x1 = Math.max(x0 + 4, x(l === null ? f : l));
    svg.append(s('rect', { x: x0, y: yy + 4, width: x1 - x0, height: rowH - 8, rx: 3, class: 'role-bar' },
      s('title', null, `${label}: ${r.first_seen} – ${r.last_seen || r.first_seen}${r.evidence ? `\nEvidence: ${typeof r.evidence === 'number' ? `${r.evidence} mention${r.evidence === 1 ? '' : 's'}` : r.evidence}` : ''}`)));
  });
  if (days.length) {
    const yy = H - m.b + 4;
    svg.append(s('line', { x1: labelW, x2: W - m.r, y1: yy, y2: yy, class: 'axis' }));
    const y0 = new Date(lo * 86400000).getUTCFullYear(), y1 = new Date(hi * 86400000).getUTCFullYear();
    const stepY = Math.max(1, Math.ceil((y1 - y0 + 1) / 6));
    let ticks = 0;
    for (let yr = y0 + 1; yr <= y1; yr += stepY) {
      const d = dayOf(`${yr}-01-01`);
      svg.insertBefore(s('line', { x1: x(d), x2: x(d), y1: m.t, y2: yy + 3, class: 'grid' }), svg.firstChild);
      svg.append(s('text', { x: x(d), y: yy + 15, class: 'tick', 'text-anchor': 'middle' }, String(yr)));
      ticks += 1;
    }
    if (!ticks) {
      svg.append(s('text', { x: labelW, y: yy + 15, class: 'tick' }, isoOf(lo)));
      svg.append(s('text', { x: W - m.r, y: yy + 15, class: 'tick', 'text-anchor': 'end' }, isoOf(hi)));
    }
  }
  box.append(svg);
}

function drawRoots(box, roots, actorId) {
  if (!roots.length) { box.append(empty('No events for this actor.')); return; }
  const max = Math.max(1, ...roots.map((r) => r[1] || 0));
  const list = h('div', { class: 'hbars' });
  for (const [root, count] of roots) {
    const bar = h('span', { class: 'hbar' });
    bar.style.width = `${Math.max(1, (100 * count) / max)}%`;
    const r = String(root).padStart(2, '0');
    bar.style.background = quadColor(quadOfRoot(r));
    list.append(h('a', { class: 'hbar-row', href: `#/events${queryOf({ actor_id: actorId, root: r })}`, title: `${fmtInt(count)} events with root ${rootName(r)}` },
      h('span', { class: 'hbar-label', text: rootName(r) }), h('span', { class: 'hbar-track' }, bar),
      h('span', { class: 'num', text: fmtInt(count) })));
  }
  box.append(list);
}

function quadOfRoot(r) {
  const n = Number(r);
  // Herald's codebook (Phoenix-style): 01-05, 06-09, 10-14, 15-20.
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}

// ----------------------------------------------------------------- map view

let worldPromise = null;

function loadWorld() {
  if (!worldPromise) {
    worldPromise = fetch('/assets/world-110m.json').then((r) => {
      if (!r.ok) throw new Error(`world outline: HTTP ${r.status}`);
      return r.json();
    });
    worldPromise.catch(() => { worldPromise = null; });
  }
  return worldPromise;
}

/** TopoJSON → list of rings ([[lon, lat], …]) for every polygon in every object. */
function topoRings(topo) {
  const t = topo.transform;
  const arcs = (topo.arcs || []).map((arc) => {
    let x = 0, y = 0;
    return arc.map((p) => {
      if (!t) return [p[0], p[1]];
      x += p[0]; y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
  const ring = (ids) => {
    const out = [];
    for (const i of ids) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      if (!a) continue;
      for (let k = out.length ? 1 : 0; k < a.length; k++) out.push(a[k]);
    }
    return out;
  };
  const rings = [];
  const walk = (g) => {
    if (!g) return;
    if (g.type === 'GeometryCollection') (g.geometries || []).forEach(walk);
    else if (g.type === 'Polygon') for (const r of g.arcs) rings.push(ring(r));
    else if (g.type === 'MultiPolygon') for (const poly of g.arcs) for (const r of poly) rings.push(ring(r));
  };
  for (const obj of Object.values(topo.objects || {})) walk(obj);
  return rings;
}

async function viewMap(main, id) {
  document.title = 'Map · Herald';
  const panel = h('section', { class: 'panel' });
  const box = h('div', { class: 'map', 'data-testid': 'map' });
  const note = h('span', { class: 'muted' });
  panel.append(h('div', { class: 'panel-head' }, h('h2', { text: 'Map of located events' }), note,
    legend(Object.values(QUADS).map((q) => [q.color, q.name]), h('span', { class: 'legend-item muted' }, 'circle size: mentions · click for the event'))), box);
  main.append(panel);
  box.append(loading('map'));
  let world, events = [], more = false;
  try {
    const wp = loadWorld();
    let cursor = null;
    for (let pageNo = 0; pageNo < 4; pageNo++) {
      const r = await api('/api/events', { ...state.filters, located: 'true', limit: 500, cursor });
      if (stale(id)) return;
      events = events.concat((r.events || []).filter((e) => typeof e.lat === 'number' && typeof e.lon === 'number'));
      cursor = r.next || null;
      if (!cursor) break;
    }
    more = Boolean(cursor);
    world = await wp;
  } catch (e) {
    if (!stale(id)) clear(box).append(errorBox('map', e));
    return;
  }
  if (stale(id)) return;
  clear(box);
  note.textContent = `${fmtInt(events.length)} located events${more ? ' (the first 2,000; narrow the filters to see others)' : ''}`;
  const W = Math.max(700, Math.min(box.clientWidth || 1200, 1300));
  const latTop = 84, latBottom = -58;
  const H = Math.round((W * (latTop - latBottom)) / 360);
  const px = (lon) => ((lon + 180) / 360) * W;
  const py = (lat) => ((latTop - lat) / (latTop - latBottom)) * H;
  const svg = s('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: 'chart worldmap', role: 'img', 'aria-label': 'World map of located events' });
  svg.append(s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  let d = '';
  const ringPath = (r, shift) => r.map((p, i) => `${i ? 'L' : 'M'}${px(p[0] + shift).toFixed(1)} ${py(p[1]).toFixed(1)}`).join('') + 'Z';
  for (const r0 of topoRings(world)) {
    if (r0.length < 2) continue;
    // Rings crossing the antimeridian (Chukotka, Fiji) jump by ~360°: unwrap
    // them and draw a second copy shifted by 360° so both halves show.
    const r = [r0[0].slice()];
    for (let i = 1; i < r0.length; i++) {
      let lon = r0[i][0];
      const prev = r[i - 1][0];
      while (lon - prev > 180) lon -= 360;
      while (lon - prev < -180) lon += 360;
      r.push([lon, r0[i][1]]);
    }
    d += ringPath(r, 0);
    const lons = r.map((p) => p[0]);
    if (Math.min(...lons) < -180) d += ringPath(r, 360);
    if (Math.max(...lons) > 180) d += ringPath(r, -360);
  }
  svg.append(s('path', { d, class: 'land', 'data-testid': 'map-outline', 'fill-rule': 'evenodd' }));
  for (const lat of [-30, 0, 30, 60]) svg.append(s('line', { x1: 0, x2: W, y1: py(lat), y2: py(lat), class: 'graticule' }));
  const g = s('g', { class: 'dots' });
  const sorted = events.slice().sort((a, b) => (b.num_mentions || 0) - (a.num_mentions || 0));
  for (const ev of sorted) {
    const r = Math.min(18, 2.5 + 2.2 * Math.sqrt(ev.num_mentions || 1));
    const a = s('a', { href: `#/event/${encodeURIComponent(ev.id)}`, class: 'dot', 'data-testid': 'map-event' },
      s('circle', { cx: px(ev.lon).toFixed(1), cy: py(ev.lat).toFixed(1), r: r.toFixed(1), fill: quadColor(ev.quad_class) }),
      s('title', null, `${[ev.place, ev.country].filter(Boolean).join(', ') || 'unnamed place'}\n${ev.date || ''} · ${ev.code} ${ev.name || ''}\n`
        + `${(ev.source && (ev.source.name || ev.source.code)) || '—'} → ${(ev.target && (ev.target.name || ev.target.code)) || '—'}\n${fmtInt(ev.num_mentions)} mentions`));
    g.append(a);
  }
  svg.append(g);
  if (!events.length) box.append(empty('No located events match these filters.'));
  box.append(svg);
}

// -------------------------------------------------------------- search view

async function viewSearch(main, id, q) {
  document.title = `Search: ${q} · Herald`;
  const heading = h('h2', { text: `Articles matching “${q}”` });
  const panel = h('section', { class: 'panel' }, heading);
  const list = h('div', { class: 'hits', 'data-testid': 'search-results' });
  const actors = h('section', { class: 'panel' }, h('h2', { text: 'Actors' }));
  const alist = h('div', { 'data-testid': 'search-actors' });
  actors.append(alist);
  panel.append(list);
  main.append(h('div', { class: 'grid-search' }, panel, actors));
  if (!q) { list.append(empty('Type a word in the search box.')); return; }
  list.append(loading('search results'));
  alist.append(loading('actors'));
  const hitsP = api('/api/search', { q, limit: 50 });
  const actorsP = api('/api/actors', { q, limit: 12 });
  try {
    const r = await hitsP;
    if (stale(id)) return;
    clear(list);
    const hits = r.hits || [];
    heading.textContent = `${hits.length >= 50 ? 'First 50 articles' : plural(hits.length, 'article')} matching “${q}”`;
    if (!hits.length) list.append(empty(`No articles match “${q}”.`));
    for (const hit of hits) {
      list.append(h('article', { class: 'hit', 'data-testid': 'search-hit' },
        h('div', null, h('a', { href: docHref(hit.doc_id), class: 'hit-title', 'data-testid': 'search-hit-link' }, hit.title || hit.doc_id),
          h('span', { class: 'muted', text: ` · ${hit.date || 'undated'}` })),
        h('p', { class: 'snippet' }, renderSnippet(hit.snippet))));
    }
  } catch (e) {
    if (!stale(id)) clear(list).append(errorBox('search results', e));
  }
  try {
    const r = await actorsP;
    if (stale(id)) return;
    clear(alist);
    const as = r.actors || [];
    if (!as.length) alist.append(empty('No actor by that name or code.'));
    else {
      alist.append(h('ul', { class: 'plain' }, as.map((a) => h('li', null,
        actorLink(a), h('span', { class: 'muted', text: ` ${a.code || ''} · ${a.kind || ''} · ${plural(a.num_mentions, 'mention')}` })))));
    }
  } catch (e) {
    if (!stale(id)) clear(alist).append(errorBox('actors', e));
  }
}

// ------------------------------------------------------------ document view

const DOC_LAYERS = [
  ['actors', 'hl-actor', 'Actor mentions'],
  ['times', 'hl-time', 'Time expressions'],
  ['events', 'hl-event', 'Event predicates'],
  ['quotes', 'hl-quote', 'Quotes'],
];

async function viewDocument(main, id, docId, eventParam) {
  document.title = 'Document · Herald';
  main.append(loading('document'));
  let d;
  try {
    d = await api(`/api/documents/${encodeURIComponent(docId)}`);
  } catch (e) {
    if (!stale(id)) clear(main).append(errorBox(`document ${docId}`, e));
    return;
  }
  if (stale(id)) return;
  clear(main);
  document.title = `${d.title || d.doc_id} · Herald`;
  const chars = Array.from(d.text || '');
  const actors = new Map((d.actors || []).map((a) => [a.idx, a]));
  const base = [];
  for (const m of d.mentions || []) {
    const a = actors.get(m.actor_idx) || {};
    base.push({ start: m.start, end: m.end, cls: 'hl-actor',
      title: `Actor: ${a.name || '?'}${a.code ? ` (${a.code})` : ''}${a.role ? ` · ${a.role}` : ''}` });
  }
  for (const t of d.times || []) base.push({ start: t.start, end: t.end, cls: 'hl-time', title: `Time: ${t.type || ''} ${t.value || ''}`.trim() });
  for (const ev of d.events || []) {
    if (ev.predicate) {
      base.push({ start: ev.predicate.start, end: ev.predicate.end, cls: 'hl-event',
        title: `Event: ${ev.code} ${ev.name || ''} (${ev.modality}) — click for its evidence`, attrs: { 'data-event-id': String(ev.event_id) } });
    }
  }
  for (const q of d.quotes || []) {
    base.push({ start: q.start, end: q.end, cls: 'hl-quote', title: `Quote (${q.kind || 'quote'})${q.speaker_code ? ` · speaker ${q.speaker_code}` : ''}${q.cue ? ` · cue “${q.cue}”` : ''}` });
    if (q.speaker) base.push({ start: q.speaker.start, end: q.speaker.end, cls: 'hl-speaker', title: 'Quote speaker' });
  }

  const url = isHttpUrl(d.url) ? h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', 'data-testid': 'doc-url' }, d.url) : null;
  main.append(h('section', { class: 'panel doc-head', 'data-testid': 'document-page' },
    h('h2', { 'data-testid': 'document-title' }, d.title || d.doc_id),
    h('p', { class: 'muted' }, `${d.date || 'undated'} · ${d.source || 'unknown publisher'} · `, h('code', { text: d.doc_id }),
      url ? [' · ', url] : null),
    h('p', { class: 'muted small' }, `${fmtInt((d.sentences || []).length)} sentences · ${fmtInt((d.mentions || []).length)} actor mentions · `
      + `${fmtInt((d.times || []).length)} time expressions · ${fmtInt((d.events || []).length)} events · ${fmtInt((d.quotes || []).length)} quotes`)));

  const textBox = h('div', { class: 'doc-text show-actors show-times show-events show-quotes', 'data-testid': 'document-text' });
  const toggles = h('div', { class: 'legend toggles', 'data-testid': 'doc-legend' }, DOC_LAYERS.map(([key, cls, label]) => {
    const cb = h('input', { type: 'checkbox', checked: true, 'data-testid': `toggle-${key}` });
    cb.addEventListener('change', () => textBox.classList.toggle(`show-${key}`, cb.checked));
    return h('label', { class: 'legend-item' }, cb, h('span', { class: `sample ${cls}`, text: label }));
  }), h('span', { class: 'legend-item' }, h('span', { class: 'sample hl-speaker', text: 'quote speaker' })));
  const evidence = h('div', { class: 'evidence-panel', 'data-testid': 'evidence', hidden: true });
  const textPanel = h('section', { class: 'panel doc-main' }, h('div', { class: 'panel-head' }, h('h2', { text: 'Text' }), toggles), evidence, textBox);

  const events = d.events || [];
  const tbody = h('tbody');
  const evPanel = h('section', { class: 'panel doc-side' }, h('h2', { text: `Events (${events.length})` }));
  if (!events.length) evPanel.append(empty('No events were found in this document.'));
  else {
    evPanel.append(h('p', { class: 'hint' }, 'Click an event to show its evidence in the text.'));
    evPanel.append(h('table', { class: 'compact events', 'data-testid': 'doc-events' },
      h('thead', null, h('tr', null, ['Event', 'Modality', 'Date', ''].map((c) => h('th', { text: c })))), tbody));
  }
  const rows = new Map();
  let selected = null;
  const renderText = (ev) => {
    const spans = base.slice();
    if (ev) {
      if (ev.sentence) spans.push({ start: ev.sentence.start, end: ev.sentence.end, cls: 'ev-sentence' });
      if (ev.predicate) spans.push({ start: ev.predicate.start, end: ev.predicate.end, cls: 'ev-predicate', title: 'Evidence: predicate' });
      if (ev.source) spans.push({ start: ev.source.start, end: ev.source.end, cls: 'ev-source', title: 'Evidence: source actor' });
      if (ev.target) spans.push({ start: ev.target.start, end: ev.target.end, cls: 'ev-target', title: 'Evidence: target actor' });
    }
    clear(textBox).append(renderSpans(chars, 0, spans));
  };
  const slice = (sp) => (sp ? chars.slice(sp.start, sp.end).join('') : null);
  const select = (ev) => {
    if (selected) rows.get(selected)?.classList.remove('selected');
    selected = ev ? ev.event_id : null;
    renderText(ev);
    clear(evidence);
    evidence.hidden = !ev;
    if (!ev) return;
    const row = rows.get(ev.event_id);
    if (row) {
      row.classList.add('selected');
      const side = row.closest('.doc-side');
      if (side) { // scroll the side list only, not the window
        const r = row.getBoundingClientRect(), sr = side.getBoundingClientRect();
        if (r.top < sr.top || r.bottom > sr.bottom) side.scrollTop += r.top - sr.top - sr.height / 3;
      }
    }
    evidence.append(h('strong', { text: `${ev.code} ${ev.name || ''}` }), ` (${ev.modality}${ev.quoted ? ', quoted' : ''}) — `,
      h('span', { class: 'sample ev-predicate', text: slice(ev.predicate) || '?' }), ' · source ',
      ev.source ? h('span', { class: 'sample ev-source', text: slice(ev.source) }) : h('span', { class: 'muted', text: 'none' }), ' · target ',
      ev.target ? h('span', { class: 'sample ev-target', text: slice(ev.target) }) : h('span', { class: 'muted', text: 'none' }), ' · ',
      h('a', { href: `#/event/${encodeURIComponent(ev.event_id)}` }, 'event page'), ' · ',
      h('button', { type: 'button', class: 'linkish', onclick: () => select(null) }, 'clear'));
    const target = textBox.querySelector('.ev-predicate') || textBox.querySelector('.ev-sentence');
    if (target) {
      target.scrollIntoView({ block: 'center', behavior: 'auto' });
      for (const el of textBox.querySelectorAll('.ev-sentence')) el.classList.add('flash');
    }
  };
  for (const ev of events) {
    const chip = h('span', { class: 'qchip' });
    chip.style.background = quadColor(ev.quad_class);
    const tr = h('tr', { class: 'clickable', tabindex: 0, 'data-testid': 'doc-event-row', 'data-event-id': ev.event_id,
      onclick: () => select(ev), onkeydown: (e) => { if (e.key === 'Enter') select(ev); } },
    h('td', null, chip, h('code', { text: ev.code }), ' ', ev.name || ''),
    h('td', { text: `${ev.modality}${ev.quoted ? ' (q)' : ''}` }),
    h('td', { class: 'nowrap', text: ev.date || '–' }),
    h('td', null, h('a', { href: `#/event/${encodeURIComponent(ev.event_id)}`, title: 'Event page', onclick: (e) => e.stopPropagation() }, '›')));
    rows.set(ev.event_id, tr);
    tbody.append(tr);
  }
  textBox.addEventListener('click', (e) => {
    const hit = e.target.closest && e.target.closest('[data-event-id]');
    if (!hit || !textBox.classList.contains('show-events')) return;
    const ev = events.find((x) => String(x.event_id) === hit.getAttribute('data-event-id'));
    if (ev) select(ev);
  });
  main.append(h('div', { class: 'doc-grid' }, textPanel, evPanel));
  renderText(null);
  if (eventParam !== null && eventParam !== undefined) {
    const ev = events.find((e) => String(e.event_id) === String(eventParam));
    if (ev) select(ev);
  }
}

// ------------------------------------------------------------------- start

setupHeader();
loadStats();
window.addEventListener('hashchange', route);
route();
