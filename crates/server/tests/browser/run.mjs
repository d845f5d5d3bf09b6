// Headless-Chromium checks of the analyst page served by `herald serve`.
//
// Usage: node run.mjs BASE_URL SCREENSHOT_DIR
//   e.g. node run.mjs http://127.0.0.1:8093 /tmp/shots
// Env:   CHROMIUM=/path/to/chromium (default /usr/bin/chromium)
//        HERALD_SEARCH_WORD=word present in the store's articles (default "minister")
//
// Owns: driving the page like an analyst would and checking what it shows.
// Does not own: the server or its store; the caller starts `herald serve` on a
// store that already holds data, including the XSS probe article (one whose
// title and text contain <script> and <img onerror> markup and the word
// "xssprobe").
//
// Prints one line per check (`ok  name` / `FAIL name: why`), saves a screenshot
// per view into SCREENSHOT_DIR, and exits 1 if any check failed.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base0, shotDir] = process.argv.slice(2);
if (!base0 || !shotDir) {
  console.error('usage: node run.mjs BASE_URL SCREENSHOT_DIR');
  process.exit(2);
}
const base = base0.replace(/\/+$/, '');
const origin = new URL(base).origin;
mkdirSync(shotDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
page.setDefaultTimeout(20000);
const searchWord = process.env.HERALD_SEARCH_WORD || 'minister';

// Problems seen by the page: console errors, uncaught exceptions, failed or
// external requests. `expectErrors` is set while a check provokes an error on purpose.
const problems = [];
let expectErrors = false;
page.on('console', (msg) => {
  if (msg.type() === 'error' && !expectErrors) problems.push(`console error: ${msg.text()}`);
});
page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
page.on('request', (req) => {
  const u = req.url();
  if (!u.startsWith('data:') && new URL(u).origin !== origin) problems.push(`external request: ${u}`);
});
page.on('requestfailed', (req) => {
  if (!expectErrors) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
});
page.on('response', (res) => {
  if (res.status() >= 400 && !expectErrors) problems.push(`HTTP ${res.status()} for ${res.url()}`);
});

const results = [];
async function check(name, fn) {
  const before = problems.length;
  try {
    await fn();
    if (problems.length > before) throw new Error(problems.slice(before).join('; '));
    results.push([name, null]);
    console.log(`ok  ${name}`);
  } catch (e) {
    const why = String(e && e.message ? e.message : e).split('\n')[0];
    results.push([name, why]);
    console.log(`FAIL ${name}: ${why}`);
  }
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

async function shot(name) {
  await page.screenshot({ path: join(shotDir, `${name}.png`) });
}

const tid = (id) => `[data-testid="${id}"]`;

async function goto(hash) {
  await page.goto(`${base}/${hash}`);
  await page.waitForLoadState('load');
}

/**
 * Waits until the route in the address bar has been rendered (main carries
 * the view's class) and no loading indicator is left in main.
 */
async function settled() {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main && main.dataset.hash === location.hash && main.dataset.ready === 'true'
      && !main.querySelector('[data-testid="loading"]');
  });
}

async function errorText(scope = 'main') {
  const e = await page.$(`${scope} ${tid('error')}`);
  return e ? (await e.textContent()).trim() : null;
}

async function inViewport(selector) {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight
      && r.right > 0 && r.left < window.innerWidth;
  });
}

async function api(path) {
  const res = await page.request.get(`${base}${path}`);
  assert(res.ok(), `API ${path} answered HTTP ${res.status()}`);
  return res.json();
}

// ---------------------------------------------------------------- checks

await check('load', async () => {
  const res = await page.goto(`${base}/`);
  assert(res && res.ok(), `GET / answered ${res && res.status()}`);
  const csp = res.headers()['content-security-policy'] || '';
  assert(csp.includes("script-src 'self'"), `no strict CSP header on / (got "${csp}")`);
  await page.waitForFunction(() => /documents/.test(document.querySelector('[data-testid="stats"]')?.textContent || ''));
  await settled();
});

await check('stats', async () => {
  const text = await page.textContent(tid('stats'));
  const m = /([\d,]+) documents · ([\d,]+) events/.exec(text);
  assert(m, `stats line reads "${text}"`);
  assert(Number(m[1].replace(/,/g, '')) > 0, 'stats show 0 documents');
  assert(Number(m[2].replace(/,/g, '')) > 0, 'stats show 0 events');
});

await check('timeline', async () => {
  await settled();
  const err = await errorText();
  assert(!err, err);
  const bars = await page.$$(`${tid('timeline')} svg .bars rect`);
  assert(bars.length > 0, 'the timeline has no bars');
  const text = await page.textContent(tid('timeline'));
  for (const label of ['Events', 'Mean Goldstein', 'Period']) assert(text.includes(label), `timeline axis label "${label}" missing`);
  const legend = await page.textContent('main');
  for (const q of ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict']) {
    assert(legend.includes(q), `timeline legend lacks "${q}"`);
  }
  await shot('timeline');
});

await check('events-table', async () => {
  const rows = await page.$$(tid('event-row'));
  assert(rows.length > 0, 'the events table has no rows');
  const first = await rows[0].textContent();
  assert(/\d{3}/.test(first), `first row shows no CAMEO code: "${first}"`);
});

await check('events-more', async () => {
  const more = await page.$(`${tid('events-more')}:not([hidden])`);
  if (!more) return; // fewer than one page of events
  const before = (await page.$$(tid('event-row'))).length;
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="event-row"]').length > n, before);
});

await check('timeline-brush', async () => {
  const svg = await page.$(`${tid('timeline')} svg`);
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  const y = box.y + box.height * 0.5;
  await page.mouse.move(box.x + box.width * 0.45, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}/.test(location.hash) && /to=\d{4}-\d{2}-\d{2}/.test(location.hash));
  await settled();
  const from = await page.inputValue(tid('filter-from'));
  const to = await page.inputValue(tid('filter-to'));
  assert(from && to && from <= to, `brushing set From="${from}" To="${to}"`);
  const err = await errorText();
  assert(!err, err);
  const rows = await page.$$(tid('event-row'));
  const emptyState = await page.$(tid('empty'));
  assert(rows.length > 0 || emptyState, 'after brushing: neither event rows nor an empty state');
  for (const r of rows.slice(0, 20)) {
    const d = (await r.$eval('td', (td) => td.textContent.trim()));
    if (/^\d{4}-\d{2}-\d{2}$/.test(d)) assert(d >= from && d <= to, `row dated ${d} outside ${from}..${to}`);
  }
});

await check('filters', async () => {
  // Filter by the CAMEO root of some stored event, through the filter bar.
  const some = await api('/api/events?limit=1');
  assert((some.events || []).length, 'the store has no events');
  const root = some.events[0].root;
  await goto('#/events');
  await settled();
  await page.selectOption(tid('filter-root'), root);
  await page.click(tid('filter-apply'));
  await page.waitForFunction((r) => location.hash.includes(`root=${r}`), root);
  await settled();
  const codes = await page.$$eval(`${tid('event-row')} td:nth-child(3) code`, (els) => els.map((e) => e.textContent));
  assert(codes.length > 0, `no events with CAMEO root ${root}`);
  const bad = codes.filter((c) => !c.startsWith(root));
  assert(!bad.length, `root filter ${root} shows codes ${bad.slice(0, 5).join(', ')}`);
  const bars = await page.$$(`${tid('timeline')} svg .bars rect`);
  assert(bars.length > 0, 'the filtered timeline has no bars');
  await page.click(tid('filter-clear'));
  await page.waitForFunction(() => !location.hash.includes('root='));
});

await check('empty-state', async () => {
  await goto('#/events?actor=zzzznoactorzzzz');
  await settled();
  const text = await page.textContent('main');
  assert(text.includes('No events match these filters'), 'no empty state for a filter matching nothing');
});

await check('error-state', async () => {
  expectErrors = true;
  try {
    await goto('#/event/999999999');
    await settled();
    const err = await errorText();
    assert(err && /999999999/.test(err), `a missing event shows "${err}" instead of the API's message`);
  } finally {
    expectErrors = false;
  }
});

let docWithEvents = null;
await check('search', async () => {
  await goto('#/events');
  await page.fill(tid('search-input'), searchWord);
  await page.press(tid('search-input'), 'Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/search'));
  await settled();
  const hits = await page.$$(tid('search-hit'));
  assert(hits.length > 0, `searching "${searchWord}" found no articles`);
  const bold = await page.$$(`${tid('search-results')} b.match`);
  assert(bold.length > 0, 'no snippet marks its match in bold');
  const raw = await page.textContent(tid('search-results'));
  assert(!raw.toLowerCase().includes(`[${searchWord.toLowerCase()}]`), 'snippet brackets are shown instead of bold');
  await shot('search');
});

await check('document', async () => {
  // Open hits until one has actors, times and events to show (most have).
  const links = await page.$$eval(`${tid('search-hit-link')}`, (as) => as.map((a) => a.getAttribute('href')));
  let best = null;
  for (const href of links.slice(0, 8)) {
    await goto(href);
    await settled();
    const n = await page.evaluate(() => ({
      actor: document.querySelectorAll('[data-testid="document-text"] .hl-actor').length,
      time: document.querySelectorAll('[data-testid="document-text"] .hl-time').length,
      event: document.querySelectorAll('[data-testid="document-text"] .hl-event').length,
      rows: document.querySelectorAll('[data-testid="doc-event-row"]').length,
    }));
    if (!best || n.actor + n.time + n.event > best.n.actor + best.n.time + best.n.event) best = { href, n };
    if (n.actor && n.time && n.event && n.rows) break;
  }
  assert(best, 'no search hit to open');
  if (page.url().slice(page.url().indexOf('#')) !== best.href) { await goto(best.href); await settled(); }
  const err = await errorText();
  assert(!err, err);
  const title = await page.textContent(tid('document-title'));
  assert(title.trim(), 'document view has no title');
  assert(best.n.actor > 0, 'no actor mention highlighted in the first hits');
  assert(best.n.time > 0, 'no time expression highlighted in the first hits');
  assert(best.n.event > 0, 'no event predicate highlighted in the first hits');
  docWithEvents = best.href;
  await shot('document');
});

await check('evidence', async () => {
  assert(docWithEvents, 'no document with events was opened');
  const rows = await page.$$(tid('doc-event-row'));
  assert(rows.length > 0, 'the document shows no event rows');
  const pick = rows[Math.floor(rows.length / 2)];
  await pick.click();
  await page.waitForSelector(`${tid('document-text')} .ev-predicate`);
  assert(await inViewport(`${tid('document-text')} .ev-predicate`), 'the evidence predicate is not scrolled into view');
  const sentence = await page.$$(`${tid('document-text')} .ev-sentence`);
  assert(sentence.length > 0, 'the evidence sentence is not highlighted');
  assert(await page.isVisible(tid('evidence')), 'the evidence summary is not visible');
  const bg = await page.$eval(`${tid('document-text')} .ev-sentence`, (el) => getComputedStyle(el).backgroundColor);
  assert(bg && bg !== 'rgba(0, 0, 0, 0)', 'the evidence sentence has no highlight colour');
  const selected = await pick.evaluate((tr) => tr.classList.contains('selected'));
  assert(selected, 'the clicked event row is not marked as selected');
  await page.waitForTimeout(1300); // let the flash fade before the screenshot
  await shot('document-evidence');
});

await check('event', async () => {
  await goto('#/events');
  await settled();
  const row = await page.$(tid('event-row'));
  assert(row, 'no event row to open');
  await row.click({ position: { x: 30, y: 8 } });
  await page.waitForSelector(tid('event-page'));
  await settled();
  const mentions = await page.$$(tid('mention'));
  assert(mentions.length > 0, 'the event page lists no mentions');
  assert(await page.$(`${tid('mention')} .ev-predicate`), 'no predicate highlighted in a mention sentence');
  const doc = await page.$(tid('mention-doc'));
  assert(doc, 'a mention has no link to its document');
  await shot('event');
  // Following the mention's document link lands on its evidence.
  await doc.click();
  await page.waitForSelector(`${tid('document-text')} .ev-predicate`);
});

await check('back', async () => {
  await page.goBack();
  await page.waitForSelector(tid('event-page'));
});

let actorName = null;
await check('actor', async () => {
  await goto('#/events');
  await settled();
  const link = await page.$(`${tid('events-table')} ${tid('actor-link')}`);
  assert(link, 'no actor link in the events table');
  actorName = (await link.textContent()).trim();
  await link.click();
  await page.waitForSelector(tid('actor-page'));
  await settled();
  const err = await errorText();
  assert(!err, err);
  const name = (await page.textContent(tid('actor-name'))).trim();
  assert(name === actorName, `actor page is titled "${name}", the link said "${actorName}"`);
  const partners = await page.$$(`${tid('actor-partners')} ${tid('actor-link')}`);
  const roots = await page.$$(`${tid('actor-roots')} .hbar-row`);
  assert(partners.length > 0 || roots.length > 0, 'the actor page shows neither partners nor CAMEO roots');
  assert(await page.$(tid('actor-roles')), 'no roles section');
  const rolesText = await page.textContent(tid('actor-roles'));
  const roleBars = await page.$$(`${tid('actor-roles')} .role-bar`);
  assert(roleBars.length > 0 || rolesText.includes('No roles'), 'roles section shows neither bars nor an empty state');
  assert((await page.$$(tid('event-row'))).length > 0, 'the actor page lists none of its events');
  await shot('actor');
});

await check('network', async () => {
  await page.click(tid('tab-network'));
  await page.waitForFunction(() => location.hash.startsWith('#/network'));
  await settled();
  const err = await errorText();
  assert(!err, err);
  const nodes = await page.$$(tid('network-node'));
  const edges = await page.$$(tid('network-edge'));
  assert(nodes.length > 0, 'the network has no nodes');
  assert(edges.length > 0, 'the network has no edges');
  const labels = await page.$$(`${tid('network')} text.label`);
  assert(labels.length > 0, 'no node is labelled');
  // Every node inside the drawing.
  const outside = await page.$$eval(`${tid('network')} circle`, (cs) => {
    const svg = cs[0].ownerSVGElement.getBoundingClientRect();
    return cs.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1;
    }).length;
  });
  assert(outside === 0, `${outside} nodes lie outside the network drawing`);
  await shot('network');
  await nodes[0].click();
  await page.waitForSelector(tid('actor-page'));
});

await check('map', async () => {
  const located = await api('/api/events?located=true&limit=1');
  await goto('#/map');
  await settled();
  const err = await errorText();
  assert(!err, err);
  const d = await page.getAttribute(tid('map-outline'), 'd');
  assert(d && d.length > 1000, 'the world outline is missing');
  const dots = await page.$$(tid('map-event'));
  if ((located.events || []).length) assert(dots.length > 0, 'located events exist but the map shows none');
  else assert(await page.$(tid('empty')), 'no located events and no empty state');
  await shot('map');
  if (dots.length) {
    await dots[dots.length - 1].click({ force: true });
    await page.waitForSelector(tid('event-page'));
  }
});

await check('xss', async () => {
  await page.evaluate(() => { delete window.__xss; });
  await goto('#/search?q=xssprobe');
  await settled();
  const link = await page.$(tid('search-hit-link'));
  assert(link, 'searching "xssprobe" found no article (did the harness ingest the probe?)');
  await link.click();
  await page.waitForSelector(tid('document-text'));
  await settled();
  await page.waitForTimeout(300);
  const xss = await page.evaluate(() => window.__xss);
  assert(xss === undefined, `injected markup ran (window.__xss = ${xss})`);
  const text = await page.textContent(tid('document-text'));
  assert(text.includes('<img src=x onerror='), 'the literal text "<img src=x onerror=" is not shown in the document');
  // The literal is on screen: a DOM range over it has a visible box.
  const visible = await page.evaluate((needle) => {
    const root = document.querySelector('[data-testid="document-text"]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
    const at = all.indexOf(needle);
    if (at < 0) return false;
    const locate = (pos) => {
      for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= pos) return [nodes[i][0], pos - nodes[i][1]];
      return null;
    };
    const [sn, so] = locate(at);
    const [en, eo] = locate(at + needle.length - 1);
    const range = document.createRange();
    range.setStart(sn, so);
    range.setEnd(en, eo + 1);
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = range.getBoundingClientRect();
    const style = getComputedStyle(range.startContainer.parentElement);
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
      && style.visibility !== 'hidden' && style.display !== 'none';
  }, '<img src=x onerror=');
  assert(visible, 'the literal text "<img src=x onerror=" is in the DOM but not visible');
  const title = await page.textContent(tid('document-title'));
  assert(title.includes('<') || !title.includes('xssprobe'), 'markup was stripped from the title instead of shown as text');
  const injected = await page.$$('main img, main script');
  assert(injected.length === 0, `${injected.length} <img>/<script> elements were created from article text`);
  await shot('xss');
});

await check('no-console-errors', async () => {
  // Every check above already fails on its own problems; this one reports the
  // whole run's tally once more for the log.
  assert(!problems.length, `${problems.length} problems: ${problems.slice(0, 3).join('; ')}`);
});

await browser.close();
const failed = results.filter(([, why]) => why);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
