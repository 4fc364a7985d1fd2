// The trends page: /api/trends drawn with Chart.js, stacked bars per breakdown value and the
// upheld rate as a line; the same figures in a table.
'use strict';

const COLOURS = ['#0b5c8c', '#e07b00', '#2a7a2a', '#b3261e', '#6a4c93', '#00838f', '#8d6e63', '#c2185b', '#558b2f', '#455a64',
  '#f9a825', '#1565c0', '#ad1457', '#00695c', '#4e342e', '#37474f', '#7cb342', '#5e35b1', '#d84315', '#546e7a'];
let trendChart = null;

async function draw() {
  const p = params();
  const q = p.get('q') || '';
  const by = p.get('by') || 'provision';
  const top = p.get('top') || '10';
  $('q').value = q; $('by').value = by; $('top').value = top;
  const {ok, body} = await getJson('/api/trends?' + new URLSearchParams({q, by, top}).toString());
  const box = $('trend-table');
  box.replaceChildren();
  if (!ok) { box.append(el('p', body.error, 'error')); document.body.dataset.state = 'error'; return; }
  const years = body.series.map(y => y.year);
  const values = [];
  body.series.forEach(y => Object.keys(y.breakdown).forEach(v => { if (!values.includes(v)) values.push(v); }));
  const datasets = values.map((v, i) => ({
    type: 'bar', label: v, stack: 'documents', yAxisID: 'y', backgroundColor: COLOURS[i % COLOURS.length],
    data: body.series.map(y => y.breakdown[v] || 0)}));
  datasets.push({type: 'line', label: 'upheld rate', yAxisID: 'rate', borderColor: '#111', backgroundColor: '#111',
    data: body.series.map(y => y.upheld_rate), spanGaps: true});
  if (trendChart) trendChart.destroy();
  trendChart = new Chart($('chart'), {
    data: {labels: years, datasets},
    options: {maintainAspectRatio: false, animation: false,
      scales: {y: {stacked: true, beginAtZero: true, title: {display: true, text: 'documents'}},
        x: {stacked: true},
        rate: {position: 'right', min: 0, max: 1, grid: {drawOnChartArea: false}, title: {display: true, text: 'upheld rate'}}}}});
  window.trendChart = trendChart;
  const t = el('table', null, 'grid');
  const head = el('tr');
  ['year', 'documents', by, 'upheld', 'partly upheld', 'not upheld', 'upheld rate'].forEach(h => head.append(el('th', h)));
  t.append(head);
  for (const y of body.series) {
    const tr = el('tr');
    const breakdown = Object.entries(y.breakdown).map(([k, n]) => k + ' ' + n).join('; ');
    [y.year, y.total, breakdown, y.outcomes.upheld || 0, y.outcomes.partly_upheld || 0, y.outcomes.not_upheld || 0,
      y.upheld_rate == null ? '' : Math.round(y.upheld_rate * 100) + '%'].forEach(c => tr.append(el('td', String(c))));
    t.append(tr);
  }
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
