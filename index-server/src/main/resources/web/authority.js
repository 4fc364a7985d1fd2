// The page of one authority (GET /api/authority): its documents by kind and year, the provisions
// its notices turn on with how the Commissioner ruled, its notices' outcomes, its threads by
// status, how long it takes to answer, its tribunal appeals.
'use strict';

const KIND_COLOURS = {decision_notice: '#0b5c8c', foi_thread: '#e07b00', tribunal_decision: '#2a7a2a',
  foi_response: '#6a4c93', other: '#8d6e63'};

function box(title, id) {
  const s = el('section', null, 'box');
  s.id = id;
  s.append(el('h2', title));
  return s;
}

function docList(hits, extra) {
  const ul = el('ul');
  for (const h of hits) {
    const li = el('li');
    li.append(link(h.title || h.source, '/doc.html?id=' + encodeURIComponent(h.id)),
      document.createTextNode(' · ' + [h.date, extra(h)].filter(Boolean).join(' · ')));
    ul.append(li);
  }
  return ul;
}

async function show() {
  const name = params().get('name') || '';
  $('name').value = name;
  const article = $('authority');
  if (!name) { article.append(el('p', 'Name an authority above, or follow an authority\'s name from a search.')); article.dataset.state = 'done'; return; }
  const [{ok, body: a}, v] = await Promise.all([getJson('/api/authority?name=' + encodeURIComponent(name)), words()]);
  if (!ok) { article.append(el('p', a.error, 'error')); article.dataset.state = 'error'; return; }
  document.title = 'foilens: ' + a.name;
  article.append(el('h1', a.name));
  const meta = el('p', null, 'docmeta');
  meta.append(document.createTextNode([a.sector, a.documents + (a.documents === 1 ? ' document' : ' documents')].filter(Boolean).join(' · ')));
  if (a.also_known_as.length) meta.append(document.createTextNode(' · also known as ' + a.also_known_as.join(', ')));
  article.append(meta);
  const links = el('p', null, 'docmeta');
  links.append(link('Search its documents', searchHref('', [a.filter])), document.createTextNode(' · '),
    link('Trends of its provisions', '/trends.html?' + new URLSearchParams({q: a.filter + ' AND kind:decision_notice', by: 'provision'})));
  article.append(links);

  const years = box('Documents by year', 'by-year');
  years.append(table(['kind', 'documents'], a.by_kind.map(k => [link(label(k.value), searchHref('', [a.filter, 'kind:' + k.value])), k.count])));
  const canvas = el('canvas');
  canvas.id = 'year-chart';
  const chartBox = el('div', null, 'chartbox small');
  chartBox.append(canvas);
  years.append(chartBox);
  article.append(years);
  window.authorityChart = new Chart(canvas, {
    type: 'bar',
    data: {labels: a.years, datasets: Object.entries(a.by_year).map(([kind, counts]) => ({
      label: label(kind), data: counts, backgroundColor: KIND_COLOURS[kind] || '#455a64', stack: 'kinds'}))},
    options: {maintainAspectRatio: false, animation: false, plugins: {legend: {position: 'bottom'}},
      scales: {x: {stacked: true, title: {display: true, text: 'year'}},
        y: {stacked: true, beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: 'documents (each of one kind)'}}}}});

  const provisions = box('Provisions its notices turn on', 'provisions');
  if (a.provisions.length) {
    provisions.append(el('p', 'How often the Commissioner ruled for the authority on each provision (a ruling per notice: the findings on the provision and its subsections together).', 'docmeta'));
    const t = table(['provision', 'notices', 'for the authority', 'for the complainant', 'partly each', 'share for the authority'],
      a.provisions.map(p => [link(p.value, searchHref('', [a.filter, p.filter])), p.notices,
        p.rulings.for_authority, p.rulings.for_complainant, p.rulings.partly, percent(p.rulings.authority_share)]));
    t.id = 'provision-table';
    provisions.append(t);
    const from = {ico_listing: "the ICO's published decisions", text: "foilens's reading of the notices", disagree: 'notices where the two disagree'};
    if (a.ruling_sources.length) {
      provisions.append(el('p', 'Rulings read from: ' + a.ruling_sources.map(r => (from[r.value] || r.value) + ' ' + r.count).join(' · ') + '.', 'docmeta'));
    }
  } else {
    provisions.append(el('p', 'No decision notice about this authority cites a provision.', 'docmeta'));
  }
  article.append(provisions);

  const notices = box('Decision notices (' + a.notices.total + ')', 'notices');
  if (a.notices.counts.length) {
    notices.append(table(['outcome', 'notices'], a.notices.counts.map(c => [findingText(v, 'outcome', c.value), c.count])));
  }
  notices.append(docList(a.notices.recent, h => h.outcome && findingText(v, 'outcome', h.outcome)));
  article.append(notices);

  const threads = box('Requests (' + a.threads.total + ')', 'threads');
  if (a.threads.counts.length) {
    threads.append(table(['status', 'threads'], a.threads.counts.map(c => [link(label(c.value), searchHref('', [a.filter, 'status:' + c.value])), c.count])));
  }
  if (a.response_times.length) {
    const t = table(['documents', 'with a reply date', 'median working days to first reply', 'answered late', 'on time', 'share late',
      'median days from complaint to decision'],
      a.response_times.map(r => [label(r.kind), r.answered, r.median_working_days == null ? '' : r.median_working_days,
        r.late, r.on_time, percent(r.late_share), r.median_days_to_decision == null ? '' : r.median_days_to_decision]));
    t.id = 'response-times';
    threads.append(t);
  } else {
    threads.append(el('p', 'No document records when this authority answered.', 'docmeta'));
  }
  threads.append(docList(a.threads.recent, h => h.status && label(h.status)));
  article.append(threads);

  const delays = box('Delays by year', 'delays');
  const d = await getJson('/api/delays?q=' + encodeURIComponent(a.filter));
  const rows = d.ok ? d.body.years.filter(y => y.notices || y.threads) : [];
  const cell = (t, f) => t && t[f] != null ? t[f] : '';
  if (rows.length) {
    delays.append(el('p', 'Working days to the first reply and the share answered late, as the decision notices\' timelines and the threads record them; calendar days from the complaint to the Commissioner\'s decision.', 'docmeta'));
    const t = table(['year', 'notices: median working days to a response', 'notices: share late', 'notices: median days complaint to decision',
      'threads: median working days to first reply', 'threads: share late'],
      rows.map(y => [y.year, cell(y.notices, 'median_working_days'), percent(y.notices && y.notices.late_share),
        cell(y.notices, 'median_days_to_decision'), cell(y.threads, 'median_working_days'), percent(y.threads && y.threads.late_share)]));
    t.id = 'delays-by-year';
    delays.append(t);
    delays.append(link('documents answered late', searchHref('', [a.filter, 'late:true'])));
  } else {
    delays.append(el('p', 'No document records when this authority answered or when its cases were decided.', 'docmeta'));
  }
  article.append(delays);

  const appeals = box('Tribunal appeals (' + a.appeals.length + ')', 'appeals');
  if (a.appeals.length) {
    appeals.append(table(['decision', 'date', 'reference', 'citation', 'appellant', 'result'],
      a.appeals.map(x => [link(x.title || x.id, '/doc.html?id=' + encodeURIComponent(x.id)), x.date, x.reference, x.citation, x.appellant, label(x.result)])));
  } else {
    appeals.append(el('p', 'No tribunal decision names this authority.', 'docmeta'));
  }
  article.append(appeals);
  article.dataset.state = 'done';
}

show();
