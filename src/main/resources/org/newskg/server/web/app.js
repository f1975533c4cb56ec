// newskg's page: runs the canned queries of queries/ against /newskg/sparql and renders the
// answers. Safety rules: user input reaches a query only as an RDF literal written by
// sparqlString/sparqlDate (never spliced as query text), and everything shown is set with
// textContent or SVG text nodes, never parsed as HTML: article text is untrusted.
'use strict';

const ENDPOINT = '/newskg/sparql';
const XSD_DATE = 'http://www.w3.org/2001/XMLSchema#date';
const queryCache = new Map();

// ---- queries --------------------------------------------------------------------------------

async function cannedQuery(name) {
  if (!queryCache.has(name)) {
    const response = await fetch('/queries/' + name + '.rq');
    if (!response.ok) {
      throw new Error('cannot load query ' + name + ': HTTP ' + response.status);
    }
    queryCache.set(name, await response.text());
  }
  return queryCache.get(name);
}

/** A SPARQL string literal holding exactly s: quotes and backslashes escaped, controls dropped. */
function sparqlString(s) {
  const cleaned = String(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return '"' + cleaned.replace(/[\\"\n\r\t]/g, c => ({
    '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t'
  })[c]) + '"';
}

function sparqlDate(d) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) {
    throw new Error('not a date: ' + d);
  }
  return '"' + d + '"^^<' + XSD_DATE + '>';
}

/**
 * Replaces the row of the query's inline VALUES block with the given terms (already written
 * as SPARQL terms), as QueryTemplate does on the command line. Every variable of the block
 * must be given.
 */
function bindValues(queryText, terms) {
  const block = /VALUES\s*(?:\(([^)]*)\)|(\?\w+))\s*\{[^}]*\}/;
  const m = block.exec(queryText);
  if (!m) {
    throw new Error('the query has no VALUES block');
  }
  const vars = (m[1] || m[2]).trim().split(/\s+/).map(v => v.replace(/^[?$]/, ''));
  const row = vars.map(v => {
    if (!(v in terms)) {
      throw new Error('no value for ?' + v);
    }
    return terms[v];
  });
  const replacement = 'VALUES (' + vars.map(v => '?' + v).join(' ') + ') { ('
      + row.join(' ') + ') }';
  return queryText.slice(0, m.index) + replacement + queryText.slice(m.index + m[0].length);
}

/**
 * The page of a query that LIMITs its answers (its first LIMIT clause) that starts after
 * offset answers, and the page's size.
 */
function pageOf(queryText, offset) {
  const limit = /\bLIMIT\s+(\d+)/.exec(queryText);
  if (!limit) {
    throw new Error('the query has no LIMIT');
  }
  return {
    text: queryText.slice(0, limit.index) + 'LIMIT ' + limit[1] + ' OFFSET ' + Number(offset)
        + queryText.slice(limit.index + limit[0].length),
    size: Number(limit[1])
  };
}

async function select(name, terms) {
  return (await selectPage(name, terms)).rows;
}

/**
 * The rows of a canned query, its VALUES row replaced by terms (null for a query without
 * parameters); with an offset, the page of them that starts there.
 */
async function selectPage(name, terms, offset) {
  let query = await cannedQuery(name);
  if (terms !== null) {
    query = bindValues(query, terms);
  }
  let size = Infinity;
  if (offset !== undefined) {
    ({text: query, size} = pageOf(query, offset));
  }
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/sparql-query',
      'Accept': 'application/sparql-results+json'
    },
    body: query
  });
  if (!response.ok) {
    throw new Error('the endpoint answered ' + response.status + ': '
        + (await response.text()).slice(0, 300));
  }
  const json = await response.json();
  const rows = json.results.bindings.map(b => {
    const row = {};
    for (const k of Object.keys(b)) {
      row[k] = b[k].value;
    }
    return row;
  });
  return {rows, more: rows.length >= size};
}

// ---- rendering helpers ----------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') {
      e.className = v;
    } else {
      e.setAttribute(k, v);
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === '') {
      continue;
    }
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function entityLink(name) {
  const a = el('a', {class: 'entity', href: '#entity=' + encodeURIComponent(name)}, name);
  return a;
}

function status(text, isError) {
  const s = document.getElementById('status');
  s.textContent = text;
  s.className = isError ? 'error' : '';
}

/** The sentence(s) around the quote, cut from the text window the query returns. */
function contextOf(row) {
  const ctx = row.context;
  if (!ctx) {
    return null;
  }
  let at = ctx.indexOf(row.quote);
  if (at < 0) {
    // ?quoteStart counts code points; fall back to it
    const cps = Array.from(ctx);
    at = cps.slice(0, Math.max(0, Number(row.quoteStart) - 1)).join('').length;
  }
  const end = at + row.quote.length;
  let before = ctx.slice(0, at);
  let after = ctx.slice(end);
  // a sentence ends at . ! ? (after closing quotes) before a space, unless the period ends a
  // title or an initial ("Mr. Meier", "J. Smith"); or at a paragraph break
  const sentenceEnd = /[.!?][”"’')\]]*(?=\s|$)|\n/g;
  const abbreviation = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|St|Jr|Sr|Mt|No|[A-Z])\.$/;
  const ends = text => [...text.matchAll(sentenceEnd)]
      .filter(m => m[0] === '\n' || !abbreviation.test(text.slice(0, m.index + 1)))
      .map(m => m.index + m[0].length);
  const starts = ends(before);
  before = before.slice(starts.length ? starts[starts.length - 1] : 0).replace(/^\s+/, '');
  const stops = ends(after);
  if (stops.length) {
    after = after.slice(0, stops[0]).replace(/\n$/, '');
  }
  return el('div', {class: 'context'}, before, el('mark', {}, ctx.slice(at, end)), after);
}

function statementItem(row, options) {
  const meta = el('div', {class: 'meta'});
  const speaker = row.speaker ? entityLink(row.speaker) : el('em', {}, 'no speaker found');
  meta.append(speaker);
  const about = (row.about || '').split('; ').filter(x => x);
  if (about.length) {
    meta.append(' about ');
    about.forEach((name, i) => {
      if (i > 0) {
        meta.append(', ');
      }
      meta.append(entityLink(name));
    });
  }
  const source = [row.headline, row.publisher, row.date || (row.published || '').slice(0, 10)]
      .filter(x => x);
  if (source.length) {
    meta.append(' \u2014 ' + source.join(' \u00b7 '));
  }
  const quote = el('div', {class: 'quote'}, '\u201c' + row.quote + '\u201d');
  if (row.kind && row.kind !== 'direct') {
    quote.append(el('span', {class: 'kind'}, row.kind));
  }
  const li = el('li', {class: 'statement'}, quote, meta);
  if (options && options.context) {
    const c = contextOf(row);
    if (c) {
      li.append(c);
    }
  }
  return li;
}

// ---- the search -----------------------------------------------------------------------------

async function runSearch(form) {
  const v = name => form.elements[name].value.trim();
  const fields = ['speaker', 'about', 'words', 'since', 'until'];
  const terms = {
    speakerName: sparqlString(v('speaker')),
    aboutName: sparqlString(v('about')),
    words: sparqlString(v('words').replace(/\s+/g, ' ')),
    since: sparqlDate(v('since') || '0001-01-01'),
    until: sparqlDate(v('until') || '9999-12-31'),
    undated: form.elements.undated.checked ? 'true' : 'false'
  };
  show('results');
  document.getElementById('result-list').replaceChildren();
  // nothing filtered (the first view): latest.rq gives the same answers faster
  search = fields.every(f => v(f) === '') ? {name: 'latest', terms: null, shown: 0}
      : {name: 'search', terms, shown: 0};
  await showMoreResults();
}

// the search whose results are listed: its query, terms, and how many of them are shown
let search = null;

/** The next page of the search's results (the query's LIMIT of them), newest first. */
async function showMoreResults() {
  const list = document.getElementById('result-list');
  const more = document.getElementById('more');
  more.hidden = true;
  status('Searching…');
  const current = search;
  const page = await selectPage(current.name, current.terms, current.shown);
  if (current !== search) {
    return; // a newer search replaced this one while it ran
  }
  page.rows.forEach(r => list.append(statementItem(r, {context: true})));
  current.shown += page.rows.length;
  more.hidden = !page.more;
  const n = current.shown;
  status(n === 0 ? 'No statements match.'
      : (page.more ? 'The newest ' : '') + n + (n === 1 ? ' statement' : ' statements')
        + (page.more ? '; there are more' : ''));
}

function show(id) {
  for (const s of ['results', 'entity']) {
    document.getElementById(s).hidden = s !== id;
  }
}

// ---- the entity view ------------------------------------------------------------------------

function countBy(values) {
  const counts = new Map();
  values.forEach(v => counts.set(v, (counts.get(v) || 0) + 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function countList(id, entries) {
  const ol = document.getElementById(id);
  ol.replaceChildren();
  if (entries.length === 0) {
    ol.append(el('li', {}, 'none'));
  }
  entries.slice(0, 10).forEach(([name, n]) => ol.append(el('li', {}, entityLink(name), ' (' + n + ')')));
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    e.setAttribute(k, String(v));
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

/** Speakers about the entity on the left, the entity in the middle, its targets on the right. */
function drawNetwork(name, speakers, targets) {
  const left = speakers.slice(0, 8);
  const right = targets.slice(0, 8);
  const rows = Math.max(left.length, right.length, 1);
  const width = 720;
  const height = 40 + rows * 34;
  const root = svg('svg', {viewBox: '0 0 ' + width + ' ' + height, width, height,
    role: 'img', 'aria-label': 'speaker to about network of ' + name});
  const cx = width / 2;
  const cy = height / 2;
  const max = Math.max(1, ...left.map(e => e[1]), ...right.map(e => e[1]));
  const node = (x, y, label, anchor, isCenter) => {
    root.append(svg('circle', {cx: x, cy: y, r: isCenter ? 9 : 6,
      fill: isCenter ? '#b3261e' : '#0b57d0'}));
    root.append(svg('text', {x: x + (anchor === 'end' ? -10 : anchor === 'start' ? 10 : 0),
      y: isCenter ? y - 14 : y + 4, 'text-anchor': anchor}, label));
  };
  const edge = (x1, y1, x2, y2, n) => {
    root.append(svg('line', {x1, y1, x2, y2, stroke: '#8aa4d6',
      'stroke-width': 1 + 5 * n / max, 'marker-end': 'url(#arrow)'}));
  };
  const defs = svg('defs');
  const marker = svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5,
    markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto'});
  marker.append(svg('path', {d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8aa4d6'}));
  defs.append(marker);
  root.append(defs);
  const y = (i, n) => 20 + (i + 0.5) * ((height - 40) / n);
  left.forEach(([who, n], i) => edge(200, y(i, left.length), cx, cy, n));
  right.forEach(([whom, n], i) => edge(cx, cy, width - 200, y(i, right.length), n));
  left.forEach(([who], i) => node(200, y(i, left.length), who, 'end'));
  right.forEach(([whom], i) => node(width - 200, y(i, right.length), whom, 'start'));
  node(cx, cy, name, 'middle', true);
  const box = document.getElementById('network');
  box.replaceChildren(root);
}

/** Statements per date, one bar per day that has any. */
function drawTimeline(rows) {
  const box = document.getElementById('timeline');
  const dates = countBy(rows.map(r => r.date).filter(d => d)).sort((a, b) => a[0].localeCompare(b[0]));
  if (dates.length === 0) {
    box.replaceChildren(el('p', {}, 'No dated statements.'));
    return;
  }
  const width = 720;
  const height = 130;
  const root = svg('svg', {viewBox: '0 0 ' + width + ' ' + height, width, height, role: 'img',
    'aria-label': 'statements per day'});
  const first = Date.parse(dates[0][0]);
  const last = Date.parse(dates[dates.length - 1][0]);
  const span = Math.max(1, last - first);
  const max = Math.max(...dates.map(d => d[1]));
  const x = d => 40 + (dates.length === 1 ? (width - 80) / 2 : (Date.parse(d) - first) / span * (width - 80));
  root.append(svg('line', {x1: 30, y1: 100, x2: width - 30, y2: 100, stroke: '#999'}));
  dates.forEach(([d, n]) => {
    const h = 70 * n / max;
    const bar = svg('rect', {x: x(d) - 4, y: 100 - h, width: 8, height: h, fill: '#0b57d0'});
    bar.append(svg('title', {}, d + ': ' + n));
    root.append(bar);
  });
  root.append(svg('text', {x: dates.length === 1 ? x(dates[0][0]) : 30, y: 118,
    'text-anchor': dates.length === 1 ? 'middle' : 'start'}, dates[0][0]));
  if (dates.length > 1) {
    root.append(svg('text', {x: width - 30, y: 118, 'text-anchor': 'end'},
      dates[dates.length - 1][0]));
  }
  box.replaceChildren(root);
}

async function showEntity(name) {
  show('entity');
  document.getElementById('entity-name').textContent = name;
  status('Loading ' + name + '…');
  const [spoken, about] = await Promise.all([
    select('statements-by-speaker', {speakerName: sparqlString(name)}),
    select('statements-about', {aboutName: sparqlString(name)})
  ]);
  // the canned queries match names by part; the view is of this exact name
  const mine = spoken.filter(r => r.speaker === name);
  const aboutIt = about.filter(r => r.about === name);
  const targets = countBy(mine.flatMap(r => (r.about || '').split('; ').filter(x => x && x !== name)));
  const speakers = countBy(aboutIt.map(r => r.speaker).filter(x => x && x !== name));
  countList('speaks-about', targets);
  countList('spoken-about-by', speakers);
  drawNetwork(name, speakers, targets);
  drawTimeline(mine);
  const own = document.getElementById('entity-statements');
  own.replaceChildren();
  mine.forEach(r => own.append(statementItem(r)));
  if (mine.length === 0) {
    own.append(el('li', {}, 'none'));
  }
  const others = document.getElementById('entity-about');
  others.replaceChildren();
  aboutIt.forEach(r => others.append(statementItem({...r, about: ''})));
  if (aboutIt.length === 0) {
    others.append(el('li', {}, 'none'));
  }
  status(mine.length + ' statements by ' + name + ', ' + aboutIt.length + ' about it.');
}

// ---- wiring ---------------------------------------------------------------------------------

function route() {
  const hash = location.hash;
  if (hash.startsWith('#entity=')) {
    showEntity(decodeURIComponent(hash.slice('#entity='.length)))
        .catch(e => status(e.message, true));
  } else {
    show('results');
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search');
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (location.hash.startsWith('#entity=')) {
      history.pushState(null, '', '#');
    }
    runSearch(form).catch(e => status(e.message, true));
  });
  document.getElementById('more').addEventListener('click',
      () => showMoreResults().catch(e => status(e.message, true)));
  window.addEventListener('hashchange', route);
  route();
  if (!location.hash.startsWith('#entity=')) {
    runSearch(form).catch(e => status(e.message, true));
  }
});
