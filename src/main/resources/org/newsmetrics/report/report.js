(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');

  function readJson(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function uniqSorted(values) {
    var seen = {}, out = [];
    values.forEach(function (v) { if (v !== null && v !== undefined && v !== '' && !seen[v]) { seen[v] = 1; out.push(v); } });
    return out.sort(function (a, b) { return String(a).localeCompare(String(b), 'zh'); });
  }
  function fillSelect(sel, values, labels) {
    values.forEach(function (v) {
      var o = el('option', null, labels && labels[v] ? v + ' ' + labels[v] : v);
      o.value = v;
      sel.appendChild(o);
    });
  }

  // ---------------------------------------------------------------- evidence viewer
  var evidence = readJson('evidence-data') || [];
  var evById = {};
  evidence.forEach(function (e, i) { if (e && e.id) evById[e.id] = i; });
  var select = document.getElementById('doc-select');
  var pagesByDoc = {};

  function showPage(id) {
    var pages = document.querySelectorAll('#pages > .page');
    for (var i = 0; i < pages.length; i++) {
      pages[i].classList.toggle('current', pages[i].id === id);
      pagesByDoc[pages[i].getAttribute('data-doc')] = pages[i].id;
    }
    if (select && select.value !== id) select.value = id;
  }
  if (select) {
    var all = document.querySelectorAll('#pages > .page');
    for (var i = 0; i < all.length; i++) pagesByDoc[all[i].getAttribute('data-doc')] = all[i].id;
    select.addEventListener('change', function () { hidePopover(); showPage(select.value); });
    showPage(select.value);
  }
  var removedToggle = document.getElementById('show-removed');
  if (removedToggle) {
    removedToggle.addEventListener('change', function () { root.classList.toggle('show-removed', removedToggle.checked); });
  }

  // strip native tooltips: the popover shows the same and more
  var marks = document.querySelectorAll('mark.metric[title]');
  for (var k = 0; k < marks.length; k++) {
    marks[k].setAttribute('aria-label', marks[k].getAttribute('title'));
    marks[k].removeAttribute('title');
  }

  var popover = document.getElementById('popover');
  var pinned = null;
  var FIELDS = [['metric', 'metric'], ['display', 'value'], ['raw', 'as written'], ['unit', 'unit'],
    ['qualifier', 'qualifier'], ['modality', 'modality'], ['period', 'period'], ['subject', 'subject'],
    ['subjectType', 'subject type'], ['industry', 'industry'], ['evidence', 'evidence'], ['field', 'field'], ['id', 'metric id']];

  function fillPopover(refs) {
    popover.textContent = '';
    refs.forEach(function (r) {
      var e = evidence[r];
      if (!e) return;
      var h = el('h5', null, (e.typeName ? e.metric + ' ' + e.typeName : e.metric) + ' · ' + e.display);
      popover.appendChild(h);
      var t = el('table');
      FIELDS.forEach(function (f) {
        var v = e[f[0]];
        if (f[0] === 'field') v = e.field + ' [' + e.start + ', ' + e.end + ')';
        if (v === null || v === undefined || v === '') v = '—';
        var tr = el('tr');
        tr.appendChild(el('th', null, f[1]));
        tr.appendChild(el('td', null, v));
        t.appendChild(tr);
      });
      popover.appendChild(t);
      if (e.mismatch) popover.appendChild(el('p', 'warn', 'offsets do not point at the figure as written'));
      if (!e.placed) popover.appendChild(el('p', 'warn', 'not located in the text'));
    });
  }
  function showPopover(target) {
    var refs = (target.getAttribute('data-ev') || '').split(' ').filter(Boolean).map(Number);
    if (!refs.length || !popover) return;
    fillPopover(refs);
    popover.hidden = false;
    var r = target.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 12));
    popover.style.top = top + 'px';
    popover.style.left = left + 'px';
  }
  function hidePopover() {
    if (!popover) return;
    popover.hidden = true;
    if (pinned) pinned.classList.remove('active');
    pinned = null;
  }
  function refTarget(node) {
    while (node && node !== document) {
      if (node.nodeType === 1 && node.hasAttribute && node.hasAttribute('data-ev')) return node;
      node = node.parentNode;
    }
    return null;
  }
  document.addEventListener('mouseover', function (ev) {
    var t = refTarget(ev.target);
    if (t && !pinned) showPopover(t);
  });
  document.addEventListener('mouseout', function (ev) {
    var t = refTarget(ev.target);
    if (t && !pinned && !refTarget(ev.relatedTarget)) popover.hidden = true;
  });
  document.addEventListener('click', function (ev) {
    var t = refTarget(ev.target);
    if (t) {
      if (pinned) pinned.classList.remove('active');
      pinned = t;
      t.classList.add('active');
      showPopover(t);
      ev.stopPropagation();
    } else if (popover && !popover.contains(ev.target)) {
      hidePopover();
    }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') hidePopover();
    if (ev.key === 'Enter') {
      var t = refTarget(ev.target);
      if (t) { pinned = t; showPopover(t); }
      else if (ev.target.getAttribute && ev.target.hasAttribute('data-goto')) ev.target.click();
    }
  });

  function marksOf(page, idx) {
    var out = [];
    var cands = page.querySelectorAll('mark[data-ev]');
    for (var i = 0; i < cands.length; i++) {
      if (cands[i].getAttribute('data-ev').split(' ').indexOf(String(idx)) >= 0) out.push(cands[i]);
    }
    return out;
  }
  function gotoRef(page, idx) {
    var ms = marksOf(page, idx);
    if (!ms.length) return null;
    ms[0].scrollIntoView({ block: 'center' });
    ms.forEach(function (m) { m.classList.remove('flash'); void m.offsetWidth; m.classList.add('flash'); });
    return ms[0];
  }
  document.addEventListener('click', function (ev) {
    var li = ev.target.closest ? ev.target.closest('[data-goto]') : null;
    if (!li) return;
    var page = li.closest('.page');
    var idx = Number(li.getAttribute('data-goto'));
    var m = gotoRef(page, idx);
    if (pinned) pinned.classList.remove('active');
    pinned = m || li;
    pinned.classList.add('active');
    if (m) { showPopover(m); fillPopover([idx]); }
    else { li.setAttribute('data-ev', String(idx)); showPopover(li); li.removeAttribute('data-ev'); }
  });
  document.addEventListener('mouseover', function (ev) {
    var li = ev.target.closest ? ev.target.closest('[data-goto]') : null;
    var hovered = document.querySelectorAll('mark.hover');
    for (var i = 0; i < hovered.length; i++) hovered[i].classList.remove('hover');
    if (li) marksOf(li.closest('.page'), li.getAttribute('data-goto')).forEach(function (m) { m.classList.add('hover'); });
  });

  function goToMetric(metricId, doc) {
    var pageId = pagesByDoc[doc];
    if (!pageId) return false;
    showPage(pageId);
    var idx = evById[metricId];
    var page = document.getElementById(pageId);
    var target = idx === undefined ? null : gotoRef(page, idx);
    if (!target) page.scrollIntoView({ block: 'start' });
    return true;
  }

  // ---------------------------------------------------------------- metrics table
  var data = readJson('metrics-data') || { columns: [], rows: [], typeNames: {} };
  var C = {};
  (data.columns || []).forEach(function (c, i) { C[c] = i; });
  var rows = data.rows || [];
  var tbody = document.querySelector('#metrics-table tbody');
  var countEl = document.getElementById('mt-count');
  var more = document.getElementById('mt-more');
  var fType = document.getElementById('f-type'), fSubject = document.getElementById('f-subject'),
    fIndustry = document.getElementById('f-industry'), fModality = document.getElementById('f-modality'),
    fText = document.getElementById('f-text');
  var PAGE = 200, shown = PAGE, filtered = rows, sortCol = null, sortDir = 1;

  if (tbody) {
    fillSelect(fType, uniqSorted(rows.map(function (r) { return r[C.metric]; })), data.typeNames);
    fillSelect(fIndustry, uniqSorted(rows.map(function (r) { return r[C.industry]; })));
    fillSelect(fModality, uniqSorted(rows.map(function (r) { return r[C.modality]; })));
    var dl = document.getElementById('subjects');
    uniqSorted(rows.map(function (r) { return r[C.subject]; })).slice(0, 2000).forEach(function (s) {
      var o = el('option'); o.value = s; dl.appendChild(o);
    });
  }

  function cell(tr, text, cls) {
    var td = el('td', cls, text === null || text === undefined ? '' : text);
    tr.appendChild(td);
    return td;
  }
  function renderRows() {
    tbody.textContent = '';
    var n = Math.min(shown, filtered.length);
    var frag = document.createDocumentFragment();
    for (var i = 0; i < n; i++) {
      var r = filtered[i];
      var tr = el('tr', 'metric-row');
      tr.setAttribute('data-metric', r[C.metric] || '');
      var tdDoc = cell(tr, '', 'doc');
      if (pagesByDoc[r[C.doc]]) {
        var a = el('a', null, r[C.article]);
        a.href = '#evidence';
        a.title = 'show in the evidence viewer';
        a.setAttribute('data-metric-id', r[C.id]);
        a.setAttribute('data-doc', r[C.doc]);
        tdDoc.appendChild(a);
      } else {
        tdDoc.textContent = r[C.article];
      }
      var typeName = data.typeNames && data.typeNames[r[C.metric]];
      var tdt = cell(tr, typeName || r[C.metric], 'mtype');
      if (typeName) tdt.appendChild(el('span', 'code', r[C.metric]));
      var tdv = cell(tr, r[C.display], 'num');
      tdv.title = r[C.value] + ' ' + (r[C.unit] || '');
      cell(tr, r[C.raw], 'nowrap');
      cell(tr, r[C.qualifier]);
      var tdm = cell(tr, '');
      tdm.appendChild(el('span', 'tag mod-' + r[C.modality], r[C.modality]));
      cell(tr, r[C.period]);
      var tds = cell(tr, r[C.subject], 'subject');
      if (r[C.subject] && r[C.subjectType]) tds.appendChild(el('span', 'st', r[C.subjectType]));
      cell(tr, r[C.industry]);
      cell(tr, r[C.evidence], 'ev');
      frag.appendChild(tr);
    }
    tbody.appendChild(frag);
    countEl.textContent = filtered.length === rows.length
      ? rows.length + ' figures' + (n < filtered.length ? ' (showing ' + n + ')' : '')
      : filtered.length + ' of ' + rows.length + ' figures match' + (n < filtered.length ? ' (showing ' + n + ')' : '');
    more.hidden = n >= filtered.length;
  }
  function applyFilters() {
    var t = fType.value, ind = fIndustry.value, mod = fModality.value;
    var subj = fSubject.value.trim().toLowerCase(), txt = fText.value.trim().toLowerCase();
    filtered = rows.filter(function (r) {
      if (t && r[C.metric] !== t) return false;
      if (ind && r[C.industry] !== ind) return false;
      if (mod && r[C.modality] !== mod) return false;
      if (subj && String(r[C.subject] || '').toLowerCase().indexOf(subj) < 0) return false;
      if (txt) {
        var hay = [r[C.evidence], r[C.doc], r[C.raw], r[C.article]].join(' ').toLowerCase();
        if (hay.indexOf(txt) < 0) return false;
      }
      return true;
    });
    if (sortCol !== null) sortRows();
    shown = PAGE;
    renderRows();
  }
  function sortRows() {
    var idx = sortCol === 'value' ? C.value : C[sortCol];
    filtered = filtered.slice().sort(function (a, b) {
      var x = a[idx], y = b[idx];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * sortDir;
      return String(x).localeCompare(String(y), 'zh') * sortDir;
    });
  }
  if (tbody) {
    [fType, fIndustry, fModality].forEach(function (s) { s.addEventListener('change', applyFilters); });
    [fSubject, fText].forEach(function (s) { s.addEventListener('input', applyFilters); });
    document.getElementById('f-reset').addEventListener('click', function () {
      fType.value = fIndustry.value = fModality.value = fSubject.value = fText.value = '';
      sortCol = null;
      var ths = document.querySelectorAll('#metrics-table th');
      for (var i = 0; i < ths.length; i++) ths[i].classList.remove('sorted-asc', 'sorted-desc');
      applyFilters();
    });
    more.addEventListener('click', function () { shown += PAGE * 5; renderRows(); });
    var ths = document.querySelectorAll('#metrics-table th[data-col]');
    for (var h = 0; h < ths.length; h++) {
      ths[h].addEventListener('click', function () {
        var col = this.getAttribute('data-col');
        if (col === 'doc') col = 'article';
        sortDir = sortCol === col ? -sortDir : (col === 'value' ? -1 : 1);
        sortCol = col;
        var all = document.querySelectorAll('#metrics-table th');
        for (var i = 0; i < all.length; i++) all[i].classList.remove('sorted-asc', 'sorted-desc');
        this.classList.add(sortDir > 0 ? 'sorted-asc' : 'sorted-desc');
        applyFilters();
      });
    }
    tbody.addEventListener('click', function (ev) {
      var a = ev.target.closest ? ev.target.closest('a[data-metric-id]') : null;
      if (!a) return;
      ev.preventDefault();
      goToMetric(a.getAttribute('data-metric-id'), a.getAttribute('data-doc'));
    });
    applyFilters();
  }
  root.setAttribute('data-report-ready', 'true');
})();
