// foilens web pages: helpers shared by search, document and trends. Plain browser JavaScript.
'use strict';

const $ = (id) => document.getElementById(id);

/** An element with text (never parsed as HTML) and a class. */
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
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

/** The query and filters as one query, for exports, trends and saved searches. */
function combined(q, filters) {
  const parts = [];
  if (q && q.trim() && q.trim() !== '*') parts.push(filters.length ? '(' + q.trim() + ')' : q.trim());
  for (const f of filters) parts.push('(' + f + ')');
  return parts.join(' AND ');
}
