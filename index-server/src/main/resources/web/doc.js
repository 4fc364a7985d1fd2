// The document page: a notice's header, its findings in plain words and numbered paragraphs by
// part, the cited paragraph highlighted; a thread's status, lifecycle and messages; a tribunal
// decision's appeal; the original file; the documents that share a case reference.
'use strict';

function section(title, id) {
  const s = el('section', null, 'box');
  if (id) s.id = id;
  s.append(el('h2', title));
  return s;
}

function facts(rows) {
  const t = el('table', null, 'facts');
  rows.filter(r => r[1] != null && r[1] !== '').forEach(r => t.append(factRow(r[0], r[1])));
  return t;
}

/** The documents that share a case reference with this one, oldest first. */
async function related(article, id) {
  const {ok, body} = await getJson('/api/doc/' + encodeURIComponent(id) + '/related');
  if (!ok || !body.related.length) return;
  const box = section('Related documents', 'related');
  box.append(el('p', 'Documents that share a case reference with this one: the request, the notice and the appeal of one case.', 'docmeta'));
  const ul = el('ul');
  for (const r of body.related) {
    const li = el('li');
    li.append(link(r.title || r.id, '/doc.html?id=' + encodeURIComponent(r.id)),
      document.createTextNode(' · ' + [label(r.kind), r.date, r.authority].filter(Boolean).join(' · ')
        + (r.shared.length ? ' · shares ' + r.shared.join(', ') : '')));
    ul.append(li);
  }
  box.append(ul);
  article.append(box);
}

/** Words of the query in the paragraphs it cites, marked; the cited paragraphs set apart. */
async function markCited(id, q) {
  if (!q) return;
  const api = new URLSearchParams({q, limit: 1});
  api.append('fq', 'id:' + id);
  const {ok, body} = await getJson('/api/search?' + api.toString());
  if (!ok || !body.hits.length) return;
  for (const p of body.hits[0].paragraphs) {
    const para = $('p-' + p.number);
    if (!para) continue;
    para.classList.add('cited');
    markWords(para, markedWords(p.snippet));
  }
}

/** Wraps each occurrence of the words in an element's text in <mark>, as text nodes only. */
function markWords(node, words) {
  if (!words.length) return;
  const pattern = new RegExp('(' + words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')', 'gi');
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  for (const t of texts) {
    const pieces = t.nodeValue.split(pattern);
    if (pieces.length < 2) continue;
    const frag = document.createDocumentFragment();
    pieces.forEach((piece, i) => frag.append(i % 2 ? el('mark', piece) : document.createTextNode(piece)));
    t.replaceWith(frag);
  }
}

function notice(article, d, v) {
  if (d.header) {
    const h = d.header;
    const box = section('Header');
    box.append(facts([['reference', h.reference], ['date', h.date], ['authority', h.authority],
      ['address', h.address], ['complainant', h.complainant]]));
    article.append(box);
  }
  if (d.provisions && d.provisions.length) {
    const ruled = d.provisions.some(p => p.finding) || d.outcome;
    const box = section(ruled ? 'Provisions and findings' : 'Provisions cited', 'findings');
    if (d.outcome) {
      const o = el('p', null, 'outcome');
      o.id = 'outcome';
      o.append(el('strong', 'Outcome: '), document.createTextNode(findingText(v, 'outcome', d.outcome)));
      box.append(o);
    }
    const rows = d.provisions.map(p => {
      const paras = el('span');
      (p.paragraphs || []).forEach((n, i) => {
        if (i) paras.append(document.createTextNode(' '));
        paras.append(link('¶' + n, '#p-' + n));
      });
      const w = p.finding ? ((v.findings || {})[p.role || 'other'] || {})[p.finding] : null;
      const finding = el('span', w ? w.words : '', p.finding ? 'finding ' + p.finding : '');
      return ruled
        ? [p.act + ' ' + p.ref, label(p.role), finding, w ? w.ico : '', p.mentions, paras]
        : [p.act + ' ' + p.ref, label(p.role), p.mentions];
    });
    const t = ruled
      ? table(['provision', 'role', "the Commissioner's finding", "the ICO's term", 'mentions', 'paragraphs'], rows)
      : table(['provision', 'role', 'mentions'], rows);
    t.id = 'provisions';
    box.append(t);
    const decisions = ((d.listing || {}).decisions || []);
    if (decisions.length) {
      box.append(el('h3', "The ICO's published decisions"));
      box.append(el('p', "What the ICO's listing of this notice says, section by section; the counts of rulings use it where it exists.", 'docmeta'));
      const rows = decisions.map(x => {
        const read = d.provisions.filter(p => p.act === x.act && p.finding
          && (p.ref === x.ref || (p.ref || '').startsWith(x.ref + '(')));
        const findings = [...new Set(read.map(p => p.finding))];
        const ours = findings.length === 0 ? '' : findings.length === 1 ? findings[0] : 'partly_upheld';
        const role = (read[0] || {}).role || 'other';
        const w = x.finding ? ((v.findings || {})[role] || {})[x.finding] : null;
        const differs = x.finding && ours && ours !== x.finding;
        const cell = el('span', differs ? 'differs: ' + label(ours) : ours ? 'agrees' : '', differs ? 'error' : '');
        return [x.section, x.status, w ? w.words : '', cell];
      });
      const t = table(['section', 'status as published', 'in plain words', "foilens's reading"], rows);
      t.id = 'listing';
      box.append(t);
    }
    if (d.steps_ordered != null) {
      box.append(el('p', d.steps_ordered ? 'Steps ordered' + (d.steps_deadline_days ? ', within '
        + d.steps_deadline_days + ' days' : '') + '.' : 'No steps ordered.', 'docmeta'));
    }
    article.append(box);
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
}

function thread(article, d) {
  const box = section('Request', 'lifecycle');
  const l = d.lifecycle || {};
  box.append(facts([
    ['status', d.status ? label(d.status) : 'not known'],
    ['requested', l.requested],
    ['first reply', l.first_reply],
    ['working days to reply', l.working_days],
    ['answered', l.late == null ? null : l.late ? 'late (more than 20 working days)' : 'on time'],
    ['internal review', l.internal_review == null ? null : l.internal_review ? 'asked for' : 'no'],
  ]));
  article.append(box);
  if (d.messages && d.messages.length) {
    article.append(el('h2', 'Messages (' + d.messages.length + ')'));
    d.messages.forEach((m, i) => {
      const div = el('div', null, 'message ' + (m.role || ''));
      div.id = 'm-' + (i + 1);
      const head = el('div', null, 'from');
      head.append(el('span', m.role ? label(m.role) : 'unknown role', 'role'),
        document.createTextNode(' ' + [m.from || 'unknown sender', m.date].filter(Boolean).join(' · ')));
      div.append(head);
      div.append(document.createTextNode(m.text || ''));
      if (m.attachments && m.attachments.length) div.append(el('div', 'Attachments: ' + m.attachments.join(', '), 'docmeta'));
      article.append(div);
    });
  }
}

function appeal(article, a) {
  const box = section('Appeal', 'appeal');
  box.append(facts([['tribunal', a.tribunal], ['reference', a.reference], ['citation', a.citation],
    ['appellant', a.appellant], ['respondents', (a.respondents || []).join('; ')], ['result', label(a.result)],
    ['date', a.date]]));
  article.append(box);
}

function names(article, d) {
  if (!(d.persons || []).length && !(d.organisations || []).length) return;
  const box = section('Named', 'names');
  const add = (title, dim, values) => {
    if (!values.length) return;
    const p = el('p');
    p.append(el('strong', title + ': '));
    values.forEach((n, i) => {
      if (i) p.append(document.createTextNode(', '));
      p.append(link(n, searchHref('', [dim + ':' + quoted(n)])));
    });
    box.append(p);
  };
  add('Organisations', 'organisation', d.organisations || []);
  add('People', 'person', d.persons || []);
  article.append(box);
}

async function show() {
  const id = params().get('id') || '';
  const q = params().get('q') || '';
  const article = $('doc');
  const [{ok, body: d}, v] = await Promise.all([getJson('/api/doc/' + encodeURIComponent(id)), words()]);
  if (!ok) { article.append(el('p', d.error, 'error')); article.dataset.state = 'error'; return; }
  document.title = 'foilens: ' + (d.title || d.source);
  article.append(el('h1', d.title || d.source));
  const meta = el('p', null, 'docmeta');
  meta.append(document.createTextNode([label(d.kind), d.date].filter(Boolean).join(' · ')));
  if (d.authority) meta.append(document.createTextNode(' · '), authorityLink(d.authority));
  meta.append(document.createTextNode([' ', d.sector, d.source].filter(Boolean).join(' · ')));
  article.append(meta);
  const files = el('p', null, 'docmeta');
  const original = link('Original file', '/api/file/' + encodeURIComponent(id));
  original.id = 'original';
  files.append(original, document.createTextNode(' · '), link('as JSON', '/api/doc/' + encodeURIComponent(id)));
  if (q) files.append(document.createTextNode(' · '), link('back to the search', searchHref(q, [])));
  article.append(files);
  if (d.case_refs && d.case_refs.length) article.append(el('p', 'Case references: ' + d.case_refs.join(', '), 'docmeta'));
  if (d.kind === 'foi_thread' || d.kind === 'foi_response' || d.lifecycle || d.status) thread(article, d);
  if (d.appeal) appeal(article, d.appeal);
  notice(article, d, v);
  names(article, d);
  await related(article, id);
  await markCited(id, q);
  article.dataset.state = 'done';
  if (location.hash) {
    const target = document.querySelector(location.hash);
    if (target) { target.classList.add('target'); target.scrollIntoView({block: 'center'}); }
  }
}

show();
