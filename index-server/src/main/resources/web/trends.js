// The trends page: /api/trends drawn with Chart.js, a line per series of documents per year (every
// year from the first to the last), the same figures in a table with each series' rulings, and
// the trend as CSV.
'use strict';

const COLOURS = ['#0b5c8c', '#e07b00', '#2a7a2a', '#b3261e', '#6a4c93', '#00838f', '#8d6e63', '#c2185b', '#558b2f', '#455a64'];
let trendChart = null;

function rulingText(r) {
  const ruled = r.for_authority + r.for_complainant + r.partly;
  if (!ruled) return 'no ruling';
  return 'for the authority ' + r.for_authority + ', for the complainant ' + r.for_complainant
    + ', partly each ' + r.partly + ' (' + percent(r.authority_share) + ' for the authority)';
}

async function draw() {
  const p = params();
  const q = p.get('q') || '';
  const by = p.get('by') || 'provision';
  const top = p.get('top') || '10';
  const path = p.get('provision_path') || '';
  $('q').value = q; $('by').value = by; $('top').value = top;
  const api = new URLSearchParams({q, by, top});
  if (path) api.set('provision_path', path);
  const {ok, body} = await getJson('/api/trends?' + api.toString());
  const box = $('trend-table');
  box.replaceChildren();
  if (!ok) { box.append(el('p', body.error, 'error')); document.body.dataset.state = 'error'; return; }
  const read = $('read-as');
  read.hidden = !body.read_as;
  read.replaceChildren();
  if (body.read_as) read.append(document.createTextNode('Drawn for '), el('code', body.read_as));
  $('trend-csv').href = '/api/trends?' + new URLSearchParams({...Object.fromEntries(api), format: 'csv'}).toString();
  const datasets = body.series.map((s, i) => ({
    type: 'line', label: s.value + ' (' + s.total + ')', borderColor: COLOURS[i % COLOURS.length],
    backgroundColor: COLOURS[i % COLOURS.length], data: s.documents, tension: 0, pointRadius: 3}));
  if (trendChart) trendChart.destroy();
  trendChart = new Chart($('chart'), {
    data: {labels: body.years, datasets},
    options: {maintainAspectRatio: false, animation: false,
      plugins: {legend: {position: 'bottom'},
        title: {display: true, text: body.total + ' documents found; ' + (by === 'provision' ? 'documents citing each provision' : 'documents of each ' + by) + ', per year'}},
      scales: {y: {beginAtZero: true, ticks: {precision: 0},
        title: {display: true, text: by === 'provision' ? 'documents citing the provision' : 'documents'}},
      x: {title: {display: true, text: 'year'}}}}});
  window.trendChart = trendChart;

  const t = el('table', null, 'grid');
  t.id = 'trend-grid';
  const head = el('tr');
  head.append(el('th', 'year'), el('th', 'documents found'));
  for (const s of body.series) {
    const th = el('th');
    th.append(link(s.value, searchHref(q, [s.filter])));
    if (by === 'authority') th.append(el('br'), link('page', authorityHref(s.value), 'page'));
    if (by === 'provision' && s.path.length >= 2) {
      const below = new URLSearchParams({q, by, top, provision_path: s.path.join('/')});
      th.append(el('br'), link('its subsections', '/trends.html?' + below.toString(), 'page'));
    }
    head.append(th);
  }
  t.append(head);
  body.years.forEach((year, y) => {
    const tr = el('tr');
    tr.append(el('td', year), el('td', String(body.documents[y])));
    body.series.forEach(s => tr.append(el('td', String(s.documents[y]))));
    t.append(tr);
  });
  const total = el('tr', null, 'total');
  total.append(el('td', 'all years'), el('td', String(body.total) + (body.undated ? ' (' + body.undated + ' undated)' : '')));
  body.series.forEach(s => total.append(el('td', String(s.total))));
  t.append(total);
  const rulings = el('tr', null, 'rulings-row');
  rulings.append(el('td', 'rulings'), el('td', body.rulings_are));
  body.series.forEach(s => rulings.append(el('td', rulingText(s.rulings))));
  t.append(rulings);
  box.append(t);
  document.body.dataset.state = 'done';
}

$('trend-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const p = new URLSearchParams({q: $('q').value, by: $('by').value, top: $('top').value});
  history.pushState(null, '', '/trends.html?' + p.toString());
  draw();
});
window.addEventListener('popstate', draw);
draw();
