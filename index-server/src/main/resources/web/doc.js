// The document page: a notice's header, provisions with findings and numbered paragraphs by
// part; a thread's messages with their roles and attachments.
'use strict';

function table(headings, rows) {
  const t = el('table', null, 'grid');
  const head = el('tr');
  headings.forEach(h => head.append(el('th', h)));
  t.append(head);
  for (const row of rows) {
    const tr = el('tr');
    row.forEach(cell => tr.append(el('td', cell == null ? '' : String(cell))));
    t.append(tr);
  }
  return t;
}

async function show() {
  const id = params().get('id') || '';
  const article = $('doc');
  const {ok, body: d} = await getJson('/api/doc/' + encodeURIComponent(id));
  if (!ok) { article.append(el('p', d.error, 'error')); article.dataset.state = 'error'; return; }
  document.title = 'foilens: ' + (d.title || d.source);
  article.append(el('h1', d.title || d.source));
  const facts = [label(d.kind), d.date, d.authority, d.sector, d.outcome && 'outcome: ' + label(d.outcome),
    d.status && 'status: ' + label(d.status), d.source].filter(Boolean).join(' · ');
  article.append(el('p', facts, 'docmeta'));
  if (d.case_refs && d.case_refs.length) article.append(el('p', 'Case references: ' + d.case_refs.join(', '), 'docmeta'));
  if (d.header) {
    const h = d.header;
    article.append(table(['reference', 'date', 'authority', 'address', 'complainant'],
      [[h.reference, h.date, h.authority, h.address, h.complainant]]));
  }
  if (d.provisions && d.provisions.length) {
    article.append(el('h2', 'Provisions'));
    const t = table(['Act', 'provision', 'role', 'finding', 'mentions', 'paragraphs'],
      d.provisions.map(p => [p.act, p.ref, p.role, label(p.finding), p.mentions, (p.paragraphs || []).map(n => '¶' + n).join(' ')]));
    t.id = 'provisions';
    article.append(t);
  }
  if (d.parts && d.parts.length) {
    article.append(el('h2', 'Parts'));
    for (const part of d.parts) {
      const sec = el('section', null, 'part');
      sec.append(el('h3', part.heading || label(part.name)));
      for (const p of part.paragraphs) {
        const para = el('p', null, 'paragraph');
        para.id = 'p-' + p.number;
        para.append(el('span', '¶' + p.number, 'para'), document.createTextNode(p.text));
        sec.append(para);
      }
      article.append(sec);
    }
  }
  if (d.messages && d.messages.length) {
    article.append(el('h2', 'Messages'));
    d.messages.forEach((m, i) => {
      const div = el('div', null, 'message ' + (m.role || ''));
      div.id = 'm-' + (i + 1);
      div.append(el('div', [m.from || 'unknown sender', label(m.role), m.date].filter(Boolean).join(' · '), 'from'));
      div.append(document.createTextNode(m.text || ''));
      if (m.attachments && m.attachments.length) div.append(el('div', 'Attachments: ' + m.attachments.join(', '), 'docmeta'));
      article.append(div);
    });
  }
  const raw = el('a', 'as JSON');
  raw.href = '/api/doc/' + encodeURIComponent(id);
  const rawLine = el('p', null, 'docmeta');
  rawLine.append(raw);
  article.append(rawLine);
  article.dataset.state = 'done';
  if (location.hash) { const target = document.querySelector(location.hash); if (target) target.scrollIntoView(); }
}

show();
