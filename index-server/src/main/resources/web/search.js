// The search page: query, date range, filters from facet clicks, results with snippets, paging,
// exports and saved searches. Its state lives in the address (q, fq, sort, page, ppath, from, to,
// more), so a search can be bookmarked or shared.
'use strict';

const PAGE_SIZE = 20;
const FACET_TITLES = {kind: 'Kind', authority: 'Authority', sector: 'Sector', year: 'Year', provision: 'Provision',
  finding: 'Finding on any provision', outcome: 'Outcome of the notice', ruling_source: 'Rulings read from',
  status: 'Thread status', late: 'Answered',
  person: 'People named', organisation: 'Organisations named'};
const SHOWN_FACETS = ['kind', 'authority', 'sector', 'year', 'provision', 'outcome', 'finding', 'ruling_source',
  'status', 'late', 'organisation', 'person'];
const SOURCE_WORDS = {ico_listing: "the ICO's published decision", text: "foilens's reading of the notice",
  disagree: 'where the two disagree'};

/** The filter a facet value stands for. */
function filterFor(dim, v) {
  if (dim === 'provision') return 'provision:' + quoted(v.value);
  if (dim === 'authority') return 'authority_name:' + quoted(v.value);
  if (dim === 'sector' || dim === 'person' || dim === 'organisation') return dim + ':' + quoted(v.value);
  if (dim === 'ruling') return 'ruling:' + quoted(v.value);
  return dim + ':' + v.value;
}

function state() {
  const p = params();
  return {q: p.get('q') || '', fq: p.getAll('fq'), sort: p.get('sort') || 'relevance',
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1), ppath: p.get('ppath') || '',
    from: p.get('from') || '', to: p.get('to') || '', more: p.get('more') || ''};
}

function go(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  s.fq.forEach(f => p.append('fq', f));
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', s.page);
  if (s.ppath) p.set('ppath', s.ppath);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.more) p.set('more', s.more);
  history.pushState(null, '', '/?' + p.toString());
  load();
}

/** The date range as a filter, or null. */
function dateFilter(s) {
  if (!s.from && !s.to) return null;
  return 'date:[' + (s.from || '*') + ' TO ' + (s.to || '*') + ']';
}

/** Every filter of the state: the chosen facets and the date range. */
function filters(s) {
  const d = dateFilter(s);
  return d ? [...s.fq, d] : s.fq;
}

async function load() {
  const s = state();
  $('q').value = s.q;
  $('sort').value = s.sort;
  $('from').value = s.from;
  $('to').value = s.to;
  const api = new URLSearchParams({q: s.q, sort: s.sort, page: s.page, size: PAGE_SIZE});
  filters(s).forEach(f => api.append('fq', f));
  if (s.ppath) api.set('provision_path', s.ppath);
  if (s.more) api.set('more', s.more);
  const [{ok, body}, v] = await Promise.all([getJson('/api/search?' + api.toString()), words()]);
  const results = $('results');
  results.replaceChildren();
  $('facets').replaceChildren();
  if (!ok) {
    const p = el('p', body.error, 'error');
    p.id = 'query-error';
    results.append(p);
    results.dataset.state = 'error';
    return;
  }
  if (body.read_as) {
    const read = el('p', 'Searched as ', 'readas');
    read.id = 'read-as';
    read.append(el('code', body.read_as));
    results.append(read);
  }
  results.append(toolbar(s, body, v));
  for (const hit of body.hits) results.append(hitView(hit, v, s));
  results.append(pager(s, body));
  facets(s, body, v);
  results.dataset.state = 'done';
}

/** A filter as its chip says it: a ruling in plain words, the rest as written. */
function chipText(f, v) {
  const ruling = f.match(/^ruling:"(\S+) (\S+) (\w+)"$/);
  if (ruling) return 'ruling on ' + ruling[1] + ' ' + ruling[2] + ': ' + sideText(v, ruling[3]);
  const authority = f.match(/^authority_name:"(.*)"$/);
  if (authority) return 'authority: ' + authority[1];
  return f;
}

function toolbar(s, body, v) {
  const bar = el('div', null, 'toolbar');
  bar.append(el('span', body.total + (body.total === 1 ? ' document' : ' documents'), 'total'));
  s.fq.forEach((f, i) => {
    const chip = el('span', chipText(f, v), 'chip');
    chip.title = f;
    const x = el('button', '×');
    x.title = 'remove this filter';
    x.addEventListener('click', () => go({...s, fq: s.fq.filter((_, j) => j !== i), page: 1,
      ppath: f.startsWith('provision:') ? '' : s.ppath}));
    chip.append(x);
    bar.append(chip);
  });
  if (s.from || s.to) {
    const chip = el('span', 'dated ' + (s.from || '…') + ' to ' + (s.to || '…'), 'chip');
    chip.id = 'date-chip';
    const x = el('button', '×');
    x.title = 'remove the date range';
    x.addEventListener('click', () => go({...s, from: '', to: '', page: 1}));
    chip.append(x);
    bar.append(chip);
  }
  const all = combined(s.q, filters(s));
  const csv = link('Export CSV', '/api/export?format=csv&q=' + encodeURIComponent(all));
  csv.id = 'export-csv';
  const provenance = link('(what it holds)', '/api/export?format=provenance&q=' + encodeURIComponent(all));
  provenance.id = 'export-provenance';
  provenance.title = 'the query, the index and each column of the CSV, as a file of its own';
  const json = link('Export JSON', '/api/export?format=json&q=' + encodeURIComponent(all));
  json.id = 'export-json';
  const trends = link('Trends', '/trends.html?q=' + encodeURIComponent(all));
  trends.id = 'trends-link';
  bar.append(csv, provenance, json, trends, savedSearch(all));
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
    const feed = link(location.origin + body.feed, body.feed);
    feed.id = 'feed-link';
    box.append(feed, document.createTextNode(' · '), link('all saved searches', '/saved.html'));
  });
  box.append(name, save);
  return box;
}

function hitView(hit, v, s) {
  const div = el('div', null, 'hit');
  const docHref = '/doc.html?id=' + encodeURIComponent(hit.id) + (s.q ? '&q=' + encodeURIComponent(s.q) : '');
  div.append(link(hit.title || hit.source, docHref, 'title'));
  const meta = el('div', null, 'meta');
  const parts = [label(hit.kind), hit.date || 'no date'];
  meta.append(document.createTextNode(parts.join(' · ')));
  if (hit.authority) meta.append(document.createTextNode(' · '), authorityLink(hit.authority));
  const rest = [hit.sector, hit.outcome && 'outcome: ' + findingText(v, 'outcome', hit.outcome),
    hit.status && 'status: ' + label(hit.status), hit.source].filter(Boolean);
  if (rest.length) meta.append(document.createTextNode(' · ' + rest.join(' · ')));
  div.append(meta);
  if (hit.paragraphs.length) {
    for (const p of hit.paragraphs) {
      const line = el('p', null, 'snippet');
      const cite = link('¶' + p.number + ' (' + label(p.part) + ')', docHref + '#p-' + p.number, 'para');
      line.append(cite, marked(p.snippet));
      div.append(line);
    }
  } else {
    for (const snippet of hit.snippets) {
      const line = el('p', null, 'snippet');
      line.append(marked(snippet));
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

/** The words a facet value is shown in. */
function valueText(dim, value, v) {
  if (dim === 'outcome') return sideText(v, value) + ' — complaint ' + label(value);
  if (dim === 'finding') return 'complaint ' + label(value) + ' (' + sideText(v, value) + ')';
  if (dim === 'late') return value === 'true' ? 'late' : value === 'false' ? 'on time' : value;
  if (dim === 'ruling_source') return SOURCE_WORDS[value] || label(value);
  return label(value);
}

/** A facet value that adds its filter when clicked. */
function facetLink(s, dim, value, text) {
  const a = link(text, '#');
  a.dataset.filter = filterFor(dim, value);
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    const fq = s.fq.filter(f => !(dim === 'provision' && f.startsWith('provision:')));
    fq.push(filterFor(dim, value));
    go({...s, fq, page: 1, ppath: dim === 'provision' ? value.path.join('/') : s.ppath});
  });
  return a;
}

/** The rulings on one provision, as links: for the authority 3 · for the complainant 1. */
function rulingLinks(s, v, rulings) {
  const line = el('div', null, 'rulings');
  for (const r of rulings) {
    const finding = r.path[r.path.length - 1];
    const a = facetLink(s, 'ruling', r, sideText(v, finding) + ' ' + r.count);
    a.className = 'ruling ' + finding;
    a.title = 'notices where the Commissioner ruled on ' + r.path[0] + ' ' + r.path[1] + ': '
      + findingText(v, 'outcome', finding);
    line.append(a);
  }
  return line;
}

function facets(s, body, v) {
  const aside = $('facets');
  const all = body.facets;
  const rulingsOf = {};
  for (const r of all.ruling || []) {
    const key = r.path[0] + ' ' + r.path[1];
    (rulingsOf[key] = rulingsOf[key] || []).push(r);
  }
  for (const dim of SHOWN_FACETS) {
    const values = all[dim] || [];
    if (!values.length) continue;
    aside.append(el('h3', FACET_TITLES[dim] || dim));
    if (dim === 'provision' && s.ppath) {
      const chosen = s.ppath.split('/');
      const key = chosen[0] + ' ' + chosen[chosen.length - 1];
      if (rulingsOf[key]) {
        const own = el('div', null, 'chosen');
        own.append(el('span', 'Rulings on ' + key + ': '), rulingLinks(s, v, rulingsOf[key]));
        aside.append(own);
      }
    }
    const ul = el('ul');
    ul.id = 'facet-' + dim;
    for (const value of values) {
      const li = el('li');
      const row = el('div', null, 'row');
      const name = el('span', null, 'name');
      name.append(facetLink(s, dim, value, valueText(dim, value.value, v)));
      if (dim === 'authority') {
        const page = link('page', authorityHref(value.value), 'page');
        page.title = 'the page of ' + value.value;
        name.append(page);
      }
      row.append(name, el('span', String(value.count), 'count'));
      li.append(row);
      if (dim === 'provision' && rulingsOf[value.value]) li.append(rulingLinks(s, v, rulingsOf[value.value]));
      ul.append(li);
    }
    aside.append(ul);
    if ((body.facets_more || []).includes(dim)) {
      const more = link('more…', '#', 'more');
      more.id = 'more-' + dim;
      more.addEventListener('click', (ev) => { ev.preventDefault(); go({...s, more: dim}); });
      aside.append(more);
    } else if (s.more === dim) {
      const fewer = link('fewer', '#', 'more');
      fewer.addEventListener('click', (ev) => { ev.preventDefault(); go({...s, more: ''}); });
      aside.append(fewer);
    }
  }
}

$('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  go({...state(), q: $('q').value, sort: $('sort').value, from: $('from').value, to: $('to').value, page: 1});
});
$('sort').addEventListener('change', () => go({...state(), sort: $('sort').value, page: 1}));
window.addEventListener('popstate', load);
load();
