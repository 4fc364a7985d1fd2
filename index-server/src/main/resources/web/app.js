// foilens web pages: helpers shared by every page. Plain browser JavaScript.
'use strict';

const $ = (id) => document.getElementById(id);

/** An element with text (never parsed as HTML) and a class. */
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** A link with text. */
function link(text, href, cls) {
  const a = el('a', text, cls);
  a.href = href;
  return a;
}

/**
 * A highlighted snippet as DOM nodes. The server escapes the text and marks matches with
 * <mark>…</mark>; only those two tags become elements, everything else stays text.
 */
function marked(html) {
  const span = el('span');
  const decode = el('textarea');
  let inMark = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') { inMark = true; continue; }
    if (piece === '</mark>') { inMark = false; continue; }
    decode.innerHTML = piece; // a textarea holds text only: entities are decoded, no tags are made
    span.append(inMark ? el('mark', decode.value) : document.createTextNode(decode.value));
  }
  return span;
}

/** The words a snippet marks, as text. */
function markedWords(html) {
  const words = new Set();
  const decode = el('textarea');
  for (const m of html.matchAll(/<mark>(.*?)<\/mark>/g)) {
    decode.innerHTML = m[1];
    if (decode.value.trim()) words.add(decode.value);
  }
  return [...words];
}

/** GETs JSON; resolves to {ok, status, body}. */
async function getJson(url) {
  const res = await fetch(url);
  let body;
  try { body = await res.json(); } catch (e) { body = {error: 'the server answered ' + res.status}; }
  return {ok: res.ok, status: res.status, body};
}

/** The page's query parameters as a URLSearchParams. */
function params() { return new URLSearchParams(location.search); }

const label = (v) => v == null ? '' : String(v).replace(/_/g, ' ');

/** A value for the query syntax, in quotes. */
function quoted(v) { return '"' + String(v).replace(/["\\]/g, '') + '"'; }

/** The query and filters as one query, for exports, trends and saved searches. */
function combined(q, filters) {
  const parts = [];
  if (q && q.trim() && q.trim() !== '*') parts.push(filters.length ? '(' + q.trim() + ')' : q.trim());
  for (const f of filters) parts.push('(' + f + ')');
  return parts.join(' AND ');
}

/** The search page for a query and filters. */
function searchHref(q, fq) {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  (fq || []).forEach(f => p.append('fq', f));
  return '/?' + p.toString();
}

/** The page of an authority. */
function authorityHref(name) { return '/authority.html?name=' + encodeURIComponent(name); }

/** An authority's name, linked to its page. */
function authorityLink(name) {
  const a = link(name, authorityHref(name), 'authority');
  a.title = 'the page of ' + name;
  return a;
}

/** The words for findings (GET /api/vocabulary), loaded once. */
let vocabulary = null;
async function words() {
  if (!vocabulary) {
    const {ok, body} = await getJson('/api/vocabulary');
    vocabulary = ok ? body : {findings: {}, sides: {}};
  }
  return vocabulary;
}

/**
 * A finding in words a reader cannot misread, with the ICO's term beside it: role is a provision's
 * role (exemption, procedural, other) or 'outcome' for a whole notice.
 */
function findingText(v, role, finding) {
  const w = ((v.findings || {})[role || 'other'] || {})[finding];
  return w ? w.words + ' (ICO: ' + w.ico + ')' : label(finding);
}

/** Who a finding went for: "for the authority", "for the complainant", "partly each". */
function sideText(v, finding) {
  const w = ((v.findings || {}).outcome || {})[finding];
  return w ? (v.sides || {})[w.side] || w.side : label(finding);
}

/** A row of label and value cells. */
function factRow(name, value) {
  const tr = el('tr');
  tr.append(el('th', name));
  const td = el('td');
  if (value instanceof Node) td.append(value); else td.textContent = value == null ? '' : String(value);
  tr.append(td);
  return tr;
}

/** A table with a header row; a cell may be text or a DOM node. */
function table(headings, rows, cls) {
  const t = el('table', null, cls || 'grid');
  const head = el('tr');
  headings.forEach(h => head.append(el('th', h)));
  t.append(head);
  for (const row of rows) {
    const tr = el('tr');
    row.forEach(cell => {
      const td = el('td');
      if (cell instanceof Node) td.append(cell); else td.textContent = cell == null ? '' : String(cell);
      tr.append(td);
    });
    t.append(tr);
  }
  return t;
}

/** A share as a percentage, or '' when there is none. */
function percent(share) { return share == null ? '' : Math.round(share * 100) + '%'; }
