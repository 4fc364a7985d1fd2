// The search page: query, filters from facet clicks, results with snippets, paging, exports
// and saved searches. Its state lives in the address (q, fq, sort, page, ppath).
'use strict';

const PAGE_SIZE = 20;
const FACET_TITLES = {kind: 'Kind', authority: 'Authority', sector: 'Sector', year: 'Year', provision: 'Provision',
  finding: 'Finding', outcome: 'Outcome', status: 'Thread status'};

function quoted(v) { return '"' + String(v).replace(/["\\]/g, '') + '"'; }

/** The filter a facet value stands for. */
function filterFor(dim, v) {
  if (dim === 'provision') return 'provision:' + quoted(v.value);
  if (dim === 'authority' || dim === 'sector') return dim + ':' + quoted(v.value);
  return dim + ':' + v.value;
}

function state() {
  const p = params();
  return {q: p.get('q') || '', fq: p.getAll('fq'), sort: p.get('sort') || 'relevance',
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1), ppath: p.get('ppath') || ''};
}

function go(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  s.fq.forEach(f => p.append('fq', f));
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', s.page);
  if (s.ppath) p.set('ppath', s.ppath);
  history.pushState(null, '', '/?' + p.toString());
  load();
}

async function load() {
  const s = state();
  $('q').value = s.q;
  $('sort').value = s.sort;
  const api = new URLSearchParams({q: s.q, sort: s.sort, page: s.page, size: PAGE_SIZE});
  s.fq.forEach(f => api.append('fq', f));
  if (s.ppath) api.set('provision_path', s.ppath);
  const {ok, body} = await getJson('/api/search?' + api.toString());
  const results = $('results');
  results.replaceChildren();
  $('facets').replaceChildren();
  if (!ok) { results.append(el('p', body.error, 'error')); results.dataset.state = 'error'; return; }
  results.append(toolbar(s, body));
  for (const hit of body.hits) results.append(hitView(hit));
  results.append(pager(s, body));
  facets(s, body.facets);
  results.dataset.state = 'done';
}

function toolbar(s, body) {
  const bar = el('div', null, 'toolbar');
  bar.append(el('span', body.total + (body.total === 1 ? ' document' : ' documents'), 'total'));
  s.fq.forEach((f, i) => {
    const chip = el('span', f, 'chip');
    const x = el('button', '×');
    x.title = 'remove this filter';
    x.addEventListener('click', () => go({...s, fq: s.fq.filter((_, j) => j !== i), page: 1, ppath: f.startsWith('provision:') ? '' : s.ppath}));
    chip.append(x);
    bar.append(chip);
  });
  const all = combined(s.q, s.fq);
  for (const format of ['csv', 'json']) {
    const a = el('a', 'Export ' + format.toUpperCase());
    a.id = 'export-' + format;
    a.href = '/api/export?format=' + format + '&q=' + encodeURIComponent(all);
    bar.append(a);
  }
  const trends = el('a', 'Trends');
  trends.href = '/trends.html?q=' + encodeURIComponent(all);
  bar.append(trends);
  bar.append(savedSearch(all));
  return bar;
}

/** A button that saves the search and then shows its feed. */
function savedSearch(query) {
  const box = el('span', null, 'saved');
  const name = el('input');
  name.id = 'saved-name';
  name.placeholder = 'name of this search';
  const save = el('button', 'Save search');
  save.id = 'save-search';
  save.addEventListener('click', async () => {
    const res = await fetch('/api/saved', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({name: name.value || query || 'all documents', q: query || '*'})});
    const body = await res.json();
    box.replaceChildren();
    if (!res.ok) { box.append(el('span', body.error, 'error')); return; }
    box.append(el('span', 'Saved. Feed of new documents: '));
    const feed = el('a', location.origin + body.feed);
    feed.id = 'feed-link';
    feed.href = body.feed;
    box.append(feed);
  });
  box.append(name, save);
  return box;
}

function hitView(hit) {
  const div = el('div', null, 'hit');
  const title = el('a', hit.title || hit.source, 'title');
  title.href = '/doc.html?id=' + encodeURIComponent(hit.id);
  div.append(title);
  const meta = [label(hit.kind), hit.date || 'no date', hit.authority, hit.sector, hit.outcome && 'outcome: ' + label(hit.outcome),
    hit.status && 'status: ' + label(hit.status), hit.source].filter(Boolean).join(' · ');
  div.append(el('div', meta, 'meta'));
  if (hit.paragraphs.length) {
    for (const p of hit.paragraphs) {
      const line = el('p', null, 'snippet');
      const cite = el('a', '¶' + p.number + ' (' + label(p.part) + ')', 'para');
      cite.href = '/doc.html?id=' + encodeURIComponent(hit.id) + '#p-' + p.number;
      line.append(cite, marked(p.snippet));
      div.append(line);
    }
  } else {
    for (const s of hit.snippets) {
      const line = el('p', null, 'snippet');
      line.append(marked(s));
      div.append(line);
    }
  }
  return div;
}

function pager(s, body) {
  const nav = el('div', null, 'pager');
  const pages = Math.max(1, Math.ceil(Math.min(body.total, 10000) / PAGE_SIZE));
  const prev = el('button', '‹ previous');
  prev.disabled = s.page <= 1;
  prev.addEventListener('click', () => go({...s, page: s.page - 1}));
  const next = el('button', 'next ›');
  next.id = 'next-page';
  next.disabled = s.page >= pages;
  next.addEventListener('click', () => go({...s, page: s.page + 1}));
  nav.append(prev, el('span', 'page ' + s.page + ' of ' + pages), next);
  return nav;
}

function facets(s, all) {
  const aside = $('facets');
  for (const [dim, values] of Object.entries(all)) {
    if (!values.length) continue;
    aside.append(el('h3', FACET_TITLES[dim] || dim));
    const ul = el('ul');
    ul.id = 'facet-' + dim;
    for (const v of values) {
      const li = el('li');
      const a = el('a', label(v.value));
      a.href = '#';
      a.dataset.filter = filterFor(dim, v);
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        const fq = s.fq.filter(f => !(dim === 'provision' && f.startsWith('provision:')));
        fq.push(filterFor(dim, v));
        go({...s, fq, page: 1, ppath: dim === 'provision' ? v.path.join('/') : s.ppath});
      });
      li.append(a, el('span', String(v.count), 'count'));
      ul.append(li);
    }
    aside.append(ul);
  }
}

$('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  go({...state(), q: $('q').value, sort: $('sort').value, page: 1});
});
$('sort').addEventListener('change', () => go({...state(), sort: $('sort').value, page: 1}));
window.addEventListener('popstate', load);
load();
