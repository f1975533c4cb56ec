// newskg's page: runs the canned queries of queries/ against /newskg/sparql and renders the
// answers. Safety rules: user input reaches a query only as an RDF literal written by
// sparqlString/sparqlDate (never spliced as query text), and everything shown is set with
// textContent or SVG text nodes, never parsed as HTML: article text is untrusted.
'use strict';

const ENDPOINT = '/newskg/sparql';
const XSD_DATE = 'http://www.w3.org/2001/XMLSchema#date';
const queryCache = new Map();
// cues whose reported clause is what the speaker denies (SaidCommand.DENYING_CUES), as labels
const DENYING_CUES = {deny: 'denied', refute: 'refuted', dispute: 'disputed',
  reject: 'rejected', dismiss: 'dismissed', rebut: 'rebutted', contest: 'contested'};

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
 * An IRI term holding exactly iri; anything that could end the term or is not allowed in an
 * IRI (space, <>"{}|^`\\) is refused, so the value can only ever be one IRI.
 */
function sparqlIri(iri) {
  if (!/^https?:\/\/[^\u0000-\u0020<>"{}|^`\\]+$/.test(iri)) {
    throw new Error('not an event IRI: ' + iri);
  }
  return '<' + iri + '>';
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
  return sentenceAround(row.context, row.quote, row.quoteStart);
}

/**
 * The sentence(s) of the text window ctx around marked, which begins at code point start
 * (1-based) of ctx, with marked in a mark element; null without a window.
 */
function sentenceAround(ctx, marked, start) {
  if (!ctx || !marked) {
    return null;
  }
  // start counts code points: where it points, if marked is there; else where marked first
  // occurs; else where start points
  const byStart = Array.from(ctx).slice(0, Math.max(0, Number(start) - 1)).join('').length;
  let at = ctx.startsWith(marked, byStart) ? byStart : ctx.indexOf(marked);
  if (at < 0) {
    at = byStart;
  }
  const end = at + marked.length;
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
  // reported speech is the reporter's words: no quotation marks, a style of its own; a
  // nominal statement ("criticized the cuts") names what the speaker spoke of, in another
  const indirect = row.kind === 'indirect';
  const nominal = row.kind === 'nominal';
  const quote = el('div', {class: indirect ? 'quote indirect' : nominal ? 'quote nominal' : 'quote'},
      indirect || nominal ? row.quote : '\u201c' + row.quote + '\u201d');
  if (row.kind && row.kind !== 'direct') {
    // a denial's clause is what the speaker denies, not what they said
    quote.append(el('span', {class: 'kind'}, indirect ? (DENYING_CUES[row.cue] || 'reported')
        : nominal ? (row.cue ? row.cue + ' \u2026' : 'spoke of') : row.kind));
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
  for (const s of ['results', 'entity', 'events', 'event']) {
    document.getElementById(s).hidden = s !== id;
  }
  // the statement search above the statement views, the event search above the event views
  const eventish = id === 'events' || id === 'event';
  document.getElementById('search').hidden = eventish;
  document.getElementById('event-search').hidden = !eventish;
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

/**
 * Statements and events per date on one time axis: a bar per day that has any, statements
 * above the axis, events below it.
 */
function drawTimeline(statements, events) {
  const box = document.getElementById('timeline');
  const said = new Map(countBy(statements.map(r => r.date).filter(d => d)));
  const happened = new Map(countBy(events.map(r => r.date).filter(d => d)));
  const days = [...new Set([...said.keys(), ...happened.keys()])].sort();
  if (days.length === 0) {
    box.replaceChildren(el('p', {}, 'No dated statements or events.'));
    return;
  }
  const width = 720;
  const height = 190;
  const axis = 95;
  const root = svg('svg', {viewBox: '0 0 ' + width + ' ' + height, width, height, role: 'img',
    'aria-label': 'statements and events per day'});
  const first = Date.parse(days[0]);
  const last = Date.parse(days[days.length - 1]);
  const span = Math.max(1, last - first);
  const max = Math.max(1, ...said.values(), ...happened.values());
  const x = d => 40 + (days.length === 1 ? (width - 80) / 2 : (Date.parse(d) - first) / span * (width - 80));
  root.append(svg('line', {x1: 30, y1: axis, x2: width - 30, y2: axis, stroke: '#999'}));
  days.forEach(d => {
    const n = said.get(d) || 0;
    const m = happened.get(d) || 0;
    if (n) {
      const h = 60 * n / max;
      const bar = svg('rect', {class: 'said', x: x(d) - 4, y: axis - h, width: 8, height: h,
        fill: '#0b57d0'});
      bar.append(svg('title', {}, d + ': ' + n + (n === 1 ? ' statement' : ' statements')));
      root.append(bar);
    }
    if (m) {
      const h = 60 * m / max;
      const bar = svg('rect', {class: 'happened', x: x(d) - 4, y: axis, width: 8, height: h,
        fill: '#c5610b'});
      bar.append(svg('title', {}, d + ': ' + m + (m === 1 ? ' event' : ' events')));
      root.append(bar);
    }
  });
  root.append(svg('text', {class: 'legend-said', x: 30, y: 16}, '\u25A0 statements (above)'));
  root.append(svg('text', {class: 'legend-happened', x: 200, y: 16}, '\u25A0 events (below)'));
  root.append(svg('text', {x: days.length === 1 ? x(days[0]) : 30, y: height - 8,
    'text-anchor': days.length === 1 ? 'middle' : 'start'}, days[0]));
  if (days.length > 1) {
    root.append(svg('text', {x: width - 30, y: height - 8, 'text-anchor': 'end'},
      days[days.length - 1]));
  }
  box.replaceChildren(root);
}

async function showEntity(name) {
  show('entity');
  document.getElementById('entity-name').textContent = name;
  status('Loading ' + name + '…');
  const entity = {entityName: sparqlString(name)};
  const [spoken, about, events, types, codes] = await Promise.all([
    select('statements-by-speaker', {speakerName: sparqlString(name)}),
    select('statements-about', {aboutName: sparqlString(name)}),
    select('entity-events', entity),
    select('entity-event-types', entity),
    select('entity-codes', entity)
  ]);
  // the canned queries match names by part; the view is of this exact name
  const mine = spoken.filter(r => r.speaker === name);
  const aboutIt = about.filter(r => r.about === name);
  const targets = countBy(mine.flatMap(r => (r.about || '').split('; ').filter(x => x && x !== name)));
  const speakers = countBy(aboutIt.map(r => r.speaker).filter(x => x && x !== name));
  countList('speaks-about', targets);
  countList('spoken-about-by', speakers);
  drawNetwork(name, speakers, targets);
  drawTimeline(mine, events);
  codeList(codes);
  eventGroups('entity-did', name, 'actor', types, events);
  eventGroups('entity-done-to', name, 'target', types, events);
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
  const did = types.filter(t => t.role === 'actor').reduce((n, t) => n + Number(t.events), 0);
  const doneTo = types.filter(t => t.role === 'target').reduce((n, t) => n + Number(t.events), 0);
  status(mine.length + ' statements by ' + name + ', ' + aboutIt.length + ' about it; '
      + did + (did === 1 ? ' event' : ' events') + ' it did, ' + doneTo + ' done to it.');
}

// ---- events ---------------------------------------------------------------------------------

/** The hash of the events view for the given filters (only the non-empty ones). */
function eventsHash(filters) {
  const params = new URLSearchParams();
  for (const k of EVENT_FILTERS) {
    if (filters[k]) {
      params.set(k, filters[k]);
    }
  }
  const q = params.toString();
  return '#events' + (q ? '?' + q : '');
}

const EVENT_FILTERS = ['type', 'actor', 'code', 'place', 'since', 'until'];

function eventLink(iri, ...children) {
  return el('a', {class: 'event-link', href: '#event=' + encodeURIComponent(iri)}, ...children);
}

function codeLink(code) {
  return el('a', {class: 'code', href: eventsHash({code}), title: 'events with actor code ' + code},
      code);
}

function placeLink(place) {
  return el('a', {class: 'place', href: eventsHash({place})}, place);
}

/** "label<TAB>code; label<TAB>code" as the event queries list participants. */
function participants(joined) {
  return (joined || '').split('; ').filter(x => x).map(entry => {
    const tab = entry.lastIndexOf('\t');
    return tab < 0 ? {name: entry, code: ''} : {name: entry.slice(0, tab), code: entry.slice(tab + 1)};
  });
}

/** Names (entity links), each with its actor code (a link to the events of that code). */
function participantList(list) {
  const span = el('span', {class: 'participants'});
  // one entry per name, its codes after it: an actor coded differently by two articles
  const byName = new Map();
  list.forEach(p => {
    if (!byName.has(p.name)) {
      byName.set(p.name, []);
    }
    if (p.code && !byName.get(p.name).includes(p.code)) {
      byName.get(p.name).push(p.code);
    }
  });
  [...byName.entries()].forEach(([name, codes], i) => {
    if (i > 0) {
      span.append(', ');
    }
    span.append(entityLink(name));
    codes.forEach(c => span.append(' ', codeLink(c)));
  });
  return span;
}

/** The sentence with the first occurrence of the trigger marked (any case). */
function sentenceWithTrigger(sentence, trigger) {
  if (!sentence) {
    return null;
  }
  const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) {
    return el('div', {class: 'context'}, sentence);
  }
  return el('div', {class: 'context'}, sentence.slice(0, at),
      el('mark', {}, sentence.slice(at, at + trigger.length)), sentence.slice(at + trigger.length));
}

function typeText(row) {
  return (row.cameo ? row.cameo + ' ' : '') + (row.type || 'event');
}

/** "Iceland ISLMIL → Denmark DNK in Faroe Islands", each name, code and place a link. */
function whoToWhom(row) {
  const line = el('div', {class: 'who'});
  const actors = participants(row.actors);
  const targets = participants(row.targets);
  if (actors.length) {
    line.append(participantList(actors));
  } else {
    line.append(el('em', {}, 'no actor found'));
  }
  if (targets.length) {
    line.append(' \u2192 ', participantList(targets));
  }
  if (row.place) {
    line.append(' in ', placeLink(row.place));
  }
  return line;
}

/** One event of a list: date, type (a link to the event), who to whom, where, the sentence. */
function eventItem(row) {
  const head = el('div', {class: 'event-head'},
      el('span', {class: 'date'}, row.date || 'undated'), ' ',
      eventLink(row.event, typeText(row)));
  if (row.cameoCodes) {
    head.append(el('span', {class: 'kind', title: 'full CAMEO code'}, row.cameoCodes));
  }
  if (row.modality) {
    head.append(el('span', {class: 'kind modality'}, row.modality));
  }
  const n = Number(row.articles || 0);
  head.append(' ', eventLink(row.event, el('span', {class: 'reports'},
      n === 1 ? '1 article' : n + ' articles')));
  const li = el('li', {class: 'event'}, head, whoToWhom(row));
  const sentence = sentenceWithTrigger(row.sentence, row.trigger);
  if (sentence) {
    li.append(sentence);
  }
  if (row.headline) {
    li.append(el('div', {class: 'meta'}, '\u2014 ' + row.headline));
  }
  return li;
}

/** The filters of an events hash ("#events?type=18&actor=iceland"), unknown keys ignored. */
function eventFilters(hash) {
  const q = hash.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  const filters = {};
  for (const k of EVENT_FILTERS) {
    filters[k] = (params.get(k) || '').trim();
  }
  return filters;
}

// the event search whose results are listed: its query, terms and how many are shown
let eventSearch = null;

async function showEvents(filters) {
  show('events');
  const form = document.getElementById('event-search');
  for (const k of EVENT_FILTERS) {
    form.elements[k].value = filters[k];
  }
  document.getElementById('event-list').replaceChildren();
  const none = EVENT_FILTERS.every(k => filters[k] === '');
  document.getElementById('events-title').textContent = none ? 'Latest events' : 'Events';
  // nothing filtered (the first view): latest-events.rq gives the same answers faster
  eventSearch = none ? {name: 'latest-events', terms: null, shown: 0} : {
    name: 'event-search',
    terms: {
      typeCode: sparqlString(filters.type),
      actorName: sparqlString(filters.actor),
      actorCode: sparqlString(filters.code),
      placeName: sparqlString(filters.place),
      since: sparqlDate(filters.since || '0001-01-01'),
      until: sparqlDate(filters.until || '9999-12-31')
    },
    shown: 0
  };
  await showMoreEvents();
}

/** The next page of the event search's results, newest first. */
async function showMoreEvents() {
  const list = document.getElementById('event-list');
  const more = document.getElementById('more-events');
  more.hidden = true;
  status('Searching events…');
  const current = eventSearch;
  const page = await selectPage(current.name, current.terms, current.shown);
  if (current !== eventSearch) {
    return; // a newer search replaced this one while it ran
  }
  page.rows.forEach(r => list.append(eventItem(r)));
  current.shown += page.rows.length;
  more.hidden = !page.more;
  const n = current.shown;
  status(n === 0 ? 'No events match.'
      : (page.more ? 'The newest ' : '') + n + (n === 1 ? ' event' : ' events')
        + (page.more ? '; there are more' : ''));
}

// ---- the event view -------------------------------------------------------------------------

function fact(dl, term, ...value) {
  dl.append(el('dt', {}, term), el('dd', {}, ...value));
}

async function showEvent(iri) {
  show('event');
  const term = sparqlIri(iri);
  document.getElementById('event-title').textContent = 'Event';
  status('Loading the event…');
  const [events, reports, said] = await Promise.all([
    select('event', {event: term}),
    select('event-reports', {event: term}),
    select('statements-about-event', {event: term, actorName: sparqlString('')})
  ]);
  const facts = document.getElementById('event-facts');
  facts.replaceChildren();
  const reportList = document.getElementById('event-reports');
  reportList.replaceChildren();
  const saidList = document.getElementById('event-statements');
  saidList.replaceChildren();
  if (events.length === 0) {
    document.getElementById('event-title').textContent = 'No such event';
    status('The store has no event ' + iri + '.');
    return;
  }
  const row = events[0];
  const title = document.getElementById('event-title');
  title.replaceChildren(typeText(row) + ': ');
  const actors = participants(row.actors).map(p => p.name);
  const targets = participants(row.targets).map(p => p.name);
  title.append([...new Set(actors)].join(', ') || 'no actor found');
  if (targets.length) {
    title.append(' \u2192 ' + [...new Set(targets)].join(', '));
  }
  fact(facts, 'Date', row.date || 'undated');
  fact(facts, 'Type', typeText(row), row.cameoCodes ? ' (CAMEO ' + row.cameoCodes + ')' : '');
  fact(facts, 'Actors', participants(row.actors).length ? participantList(participants(row.actors))
      : el('em', {}, 'none found'));
  fact(facts, 'Targets', participants(row.targets).length
      ? participantList(participants(row.targets)) : el('em', {}, 'none found'));
  fact(facts, 'Place', row.place ? placeLink(row.place) : el('em', {}, 'not given'));
  fact(facts, 'Modality', row.modality || 'reported as a fact');
  fact(facts, 'Event', el('code', {}, iri));

  // the mentions by article, articles oldest first
  const byArticle = new Map();
  reports.forEach(r => {
    if (!byArticle.has(r.article)) {
      byArticle.set(r.article, []);
    }
    byArticle.get(r.article).push(r);
  });
  for (const rows of byArticle.values()) {
    const first = rows[0];
    const source = [first.headline || first.article, first.publisher,
      (first.published || '').slice(0, 10)].filter(x => x).join(' \u00b7 ');
    const li = el('li', {class: 'report'}, el('div', {class: 'source'}, source));
    if (first.url && /^https?:\/\//.test(first.url)) {
      li.append(el('div', {class: 'meta'}, el('a', {href: first.url, rel: 'noreferrer noopener'},
          first.url)));
    }
    let shown = 0;
    rows.forEach(r => {
      const c = sentenceAround(r.context, r.anchor, r.anchorStart);
      if (c) {
        li.append(c);
        shown++;
      }
    });
    if (shown === 0 && first.sentence) {
      li.append(el('div', {class: 'context'}, first.sentence));
    }
    reportList.append(li);
  }
  document.getElementById('event-reports-title').textContent = 'Reported by '
      + byArticle.size + (byArticle.size === 1 ? ' article' : ' articles');
  said.forEach(r => saidList.append(statementItem({...r, about: ''})));
  if (said.length === 0) {
    saidList.append(el('li', {}, 'none'));
  }
  status(typeText(row) + ', ' + byArticle.size + (byArticle.size === 1 ? ' article, '
      : ' articles, ') + said.length + (said.length === 1 ? ' statement about it.'
      : ' statements about it.'));
}

// ---- the entity's events ----------------------------------------------------------------------

/** The entity's events of one role, grouped by CAMEO root, counts from entity-event-types.rq. */
function eventGroups(boxId, name, role, types, events) {
  const box = document.getElementById(boxId);
  box.replaceChildren();
  const groups = types.filter(t => t.role === role);
  if (groups.length === 0) {
    box.append(el('p', {}, 'none'));
    return;
  }
  groups.forEach(g => {
    const n = Number(g.events);
    const filter = {type: g.cameo, actor: name};
    const h = el('h4', {class: 'group'}, g.cameo + ' ' + g.type + ' (' + n + ') ',
        el('a', {class: 'all', href: eventsHash(filter)}, 'all'));
    const ol = el('ol', {class: 'events compact'});
    events.filter(e => e.role === role && e.cameo === g.cameo).slice(0, 5).forEach(e => {
      const li = el('li', {class: 'event'}, el('span', {class: 'date'}, e.date || 'undated'), ' ',
          eventLink(e.event, e.trigger || e.type));
      const other = participants(role === 'actor' ? e.targets : e.actors)
          .filter(p => p.name !== name);
      const partners = role === 'actor'
          ? participants(e.actors).filter(p => p.name !== name) : [];
      if (partners.length) {
        li.append(' with ', participantList(partners));
      }
      if (other.length) {
        li.append(role === 'actor' ? ' \u2192 ' : ' by ', participantList(other));
      }
      if (e.place) {
        li.append(' in ', placeLink(e.place));
      }
      ol.append(li);
    });
    box.append(h, ol);
  });
}

function codeList(codes) {
  const ol = document.getElementById('entity-codes');
  ol.replaceChildren();
  if (codes.length === 0) {
    ol.append(el('li', {}, 'none'));
  }
  codes.forEach(c => {
    const n = Number(c.events);
    const when = c.first ? (c.first === c.last ? c.first : c.first + ' to ' + c.last) : 'undated';
    ol.append(el('li', {}, codeLink(c.code), ' ' + when + ' (' + n + (n === 1 ? ' event)'
        : ' events)')));
  });
}

// ---- wiring ---------------------------------------------------------------------------------

/** The view the hash asks for: #entity=NAME, #event=IRI, #events?FILTERS, else statements. */
function route() {
  const hash = location.hash;
  let view;
  try {
    if (hash.startsWith('#entity=')) {
      view = showEntity(decodeURIComponent(hash.slice('#entity='.length)));
    } else if (hash.startsWith('#event=')) {
      view = showEvent(decodeURIComponent(hash.slice('#event='.length)));
    } else if (hash === '#events' || hash.startsWith('#events?')) {
      view = showEvents(eventFilters(hash));
    } else {
      show('results');
      return false;
    }
  } catch (e) {
    // a malformed hash (bad %-escape, a date that is none, an IRI that is none)
    view = Promise.reject(e);
  }
  view.catch(e => status(e.message, true));
  return true;
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search');
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (location.hash !== '' && location.hash !== '#') {
      history.pushState(null, '', '#');
      show('results');
    }
    runSearch(form).catch(e => status(e.message, true));
  });
  const events = document.getElementById('event-search');
  events.addEventListener('submit', event => {
    event.preventDefault();
    const filters = {};
    for (const k of EVENT_FILTERS) {
      filters[k] = events.elements[k].value.trim();
    }
    const hash = eventsHash(filters);
    if (location.hash === hash) {
      route(); // the same search again: no hashchange
    } else {
      location.hash = hash;
    }
  });
  document.getElementById('more').addEventListener('click',
      () => showMoreResults().catch(e => status(e.message, true)));
  document.getElementById('more-events').addEventListener('click',
      () => showMoreEvents().catch(e => status(e.message, true)));
  document.getElementById('nav-statements').addEventListener('click', event => {
    event.preventDefault();
    if (location.hash !== '' && location.hash !== '#') {
      history.pushState(null, '', '#');
    }
    show('results');
    runSearch(form).catch(e => status(e.message, true));
  });
  window.addEventListener('hashchange', () => {
    if (!route() && search === null) {
      runSearch(form).catch(e => status(e.message, true));
    }
  });
  if (!route()) {
    runSearch(form).catch(e => status(e.message, true));
  }
});
