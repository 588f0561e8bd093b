/* The website's search: a client of the index the build writes in search/ (see
   publish/html/search). Every file of the index is a script that hands its data to
   EditionSearch.add, so that it loads from file:// as well as from a server; a query loads the
   index's first file, the shard of each of its words, the positions of a phrase's words, and the
   snippet of each result shown. Words are cut and folded as the build cuts and folds them
   (Words.java): case, accents, breathings, points and vowel signs do not count. */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/search\.js(\?.*)?$/, '') : '';
  var pending = {};
  var words;
  var loaded = {};
  var files = [];

  // ---- Loading the index's files
  window.EditionSearch = {
    add: function (name, data) {
      loaded[name] = data;
      if (pending[name]) { pending[name].resolve(data); }
    },
    files: files,
    // the cutting and folding, for the tests that hold it to Words.java's
    words: function (text) { return words(text); }
  };

  function load(name) {
    if (pending[name]) { return pending[name].promise; }
    var entry = {};
    entry.promise = new Promise(function (resolve, reject) { entry.resolve = resolve; entry.reject = reject; });
    pending[name] = entry;
    if (loaded[name]) { entry.resolve(loaded[name]); return entry.promise; }
    var tag = document.createElement('script');
    tag.src = root + 'search/' + name + '.js';
    tag.async = true;
    tag.onerror = function () { entry.reject(new Error('cannot load ' + name)); };
    files.push(name);
    document.head.appendChild(tag);
    return entry.promise;
  }

  // ---- Words, as Words.java has them
  var IDEOGRAPH = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
  var WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{Nd}\p{M}])+/gu;
  var FOLDS = { 'ς': 'σ', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', '\u0640': '' };

  function fold(word) {
    return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[ςæœßłøđħı\u0640]/g, function (c) { return FOLDS[c]; });
  }

  /** The words of a text with where each stands: [{word, start, end}]. */
  function wordsAt(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var w = fold(m[0]);
      if (w) { out.push({ word: w, start: m.index, end: m.index + m[0].length }); }
    }
    return out;
  }

  words = function (text) { return wordsAt(text).map(function (w) { return w.word; }); };

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  function decode(s) {
    var out = [];
    var value = 0;
    var shift = 0;
    for (var i = 0; i < s.length; i++) {
      var d = DIGITS.indexOf(s.charAt(i));
      value += (d & 31) << shift;
      if (d & 32) { shift += 5; } else { out.push(value); value = 0; shift = 0; }
    }
    return out;
  }

  function upperBound(list, value) {
    var lo = 0;
    var hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] <= value) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }

  // ---- The index
  var meta = null;
  function index() {
    return load('index').then(function (m) {
      if (!meta) {
        meta = m;
        meta.gone = new Set();
        var last = -1;
        decode(m.deleted).forEach(function (gap) { last += gap + 1; meta.gone.add(last); });
        meta.total = m.segments.reduce(function (n, s) { return n + s.documents; }, 0);
      }
      return meta;
    });
  }

  function counts(segment, document) {
    // a base document of a text changed since counts no more: the delta holds the text now
    return segment.name !== 'b' || !meta.gone.has(Math.floor(document / meta.chunks));
  }

  /** The entries of one word in every segment: {df, lists: [[segment, shard, k]]}. */
  function lookup(word) {
    return Promise.all(meta.segments.map(function (segment) {
      var i = upperBound(segment.shards, word) - 1;
      if (i < 0) { return null; }
      return load(segment.name + '/t' + i).then(function (shard) {
        var k = upperBound(shard.w, word) - 1;
        return k >= 0 && shard.w[k] === word ? { segment: segment, shard: i, k: k, data: shard } : null;
      });
    })).then(function (found) {
      found = found.filter(Boolean);
      return { word: word, df: found.reduce(function (n, f) { return n + f.data.n[f.k]; }, 0), found: found };
    });
  }

  /** The words of the index that begin with a prefix, the most frequent first (at most 20). */
  function expand(prefix) {
    return Promise.all(meta.segments.map(function (segment) {
      var from = Math.max(0, upperBound(segment.shards, prefix) - 1);
      var to = Math.min(upperBound(segment.shards, prefix + '\uffff') - 1, from + 2);
      var shards = [];
      for (var i = from; i <= to && i < segment.shards.length; i++) { shards.push(load(segment.name + '/t' + i)); }
      return Promise.all(shards).then(function (list) {
        var found = [];
        list.forEach(function (shard) {
          shard.w.forEach(function (w, k) { if (w.lastIndexOf(prefix, 0) === 0) { found.push([w, shard.n[k]]); } });
        });
        return found;
      });
    })).then(function (all) {
      var df = {};
      all.forEach(function (list) { list.forEach(function (e) { df[e[0]] = (df[e[0]] || 0) + e[1]; }); });
      return Object.keys(df).sort(function (a, b) { return df[b] - df[a]; }).slice(0, 20);
    });
  }

  function idf(df) { return Math.log(1 + (meta.total - df + 0.5) / (df + 0.5)); }

  /** A word's documents with their score: Map document -> score. */
  function postings(entry, weight) {
    var scores = new Map();
    var w = idf(entry.df) * weight / 10;
    entry.found.forEach(function (f) {
      var list = decode(f.data.d[f.k]);
      var document = -1;
      for (var i = 0; i < list.length; i += 2) {
        document += list[i] + 1;
        if (counts(f.segment, document)) { scores.set(document, list[i + 1] * w); }
      }
    });
    return scores;
  }

  /** Where a word stands in each document: Map document -> [positions]. */
  function positions(entry) {
    return Promise.all(entry.found.map(function (f) {
      return load(f.segment.name + '/p' + f.shard).then(function (shard) {
        var docs = decode(f.data.d[f.k]);
        var list = decode(shard.p[f.k]);
        var out = [];
        var document = -1;
        var at = 0;
        for (var i = 0; i < docs.length; i += 2) {
          document += docs[i] + 1;
          var n = list[at++];
          var places = [];
          var p = 0;
          for (var j = 0; j < n; j++) { p += list[at++]; places.push(p); }
          if (counts(f.segment, document)) { out.push([document, places]); }
        }
        return out;
      });
    })).then(function (parts) {
      var map = new Map();
      parts.forEach(function (part) { part.forEach(function (e) { map.set(e[0], e[1]); }); });
      return map;
    });
  }

  /** A query as clauses: words, phrases ("…", or a word the cutting splits: l’État), a prefix. */
  function parse(q, typing) {
    var clauses = [];
    var re = /"([^"]*)"?|(\S+)/g;
    var m;
    var raw = [];
    while ((m = re.exec(q)) !== null) { raw.push({ text: m[1] !== undefined ? m[1] : m[2], quoted: m[1] !== undefined }); }
    raw.forEach(function (r, i) {
      var star = !r.quoted && /\*$/.test(r.text);
      var ws = words(r.text);
      if (ws.length === 0) { return; }
      var last = i === raw.length - 1;
      clauses.push({ words: ws, phrase: ws.length > 1, prefix: ws.length === 1 && (star || (typing && last && !/\s$/.test(q))) });
    });
    return clauses;
  }

  /** The documents of one clause, scored; and the words it matched (for the snippets). */
  function clause(c) {
    if (c.prefix) {
      return expand(c.words[0]).then(function (terms) {
        if (terms.indexOf(c.words[0]) < 0) { terms.unshift(c.words[0]); }
        return Promise.all(terms.map(lookup)).then(function (entries) {
          var scores = new Map();
          entries.forEach(function (e) {
            postings(e, e.word === c.words[0] ? 1 : 0.6).forEach(function (s, d) { scores.set(d, Math.max(scores.get(d) || 0, s)); });
          });
          return { scores: scores, terms: terms, prefix: c.words[0] };
        });
      });
    }
    return Promise.all(c.words.map(lookup)).then(function (entries) {
      var lists = entries.map(function (e) { return postings(e, 1); });
      var scores = intersect(lists);
      if (!c.phrase || scores.size === 0) { return { scores: scores, terms: c.words, phrase: c.phrase ? c.words : null }; }
      return Promise.all(entries.map(positions)).then(function (places) {
        var kept = new Map();
        scores.forEach(function (s, d) {
          var first = places[0].get(d) || [];
          var sets = places.map(function (p) { return new Set(p.get(d) || []); });
          var hit = first.some(function (p) { return sets.every(function (set, k) { return set.has(p + k); }); });
          if (hit) { kept.set(d, s * 1.5); }
        });
        return { scores: kept, terms: c.words, phrase: c.words };
      });
    });
  }

  function intersect(lists) {
    if (lists.length === 0) { return new Map(); }
    var smallest = lists.reduce(function (a, b) { return a.size <= b.size ? a : b; });
    var out = new Map();
    smallest.forEach(function (s, d) {
      var total = 0;
      for (var i = 0; i < lists.length; i++) {
        var v = lists[i].get(d);
        if (v === undefined) { return; }
        total += v;
      }
      out.set(d, total);
    });
    return out;
  }

  // ---- Facets
  /** A facet of every segment: {values: [{value, label, texts: Set}]}. */
  function facet(name) {
    return Promise.all(meta.segments.filter(function (s) { return s.facets.indexOf(name) >= 0; }).map(function (segment) {
      return load(segment.name + '/f-' + name).then(function (data) { return { segment: segment, data: data }; });
    })).then(function (parts) {
      var byValue = new Map();
      parts.forEach(function (part) {
        part.data.v.forEach(function (value, i) {
          var entry = byValue.get(value);
          if (!entry) { entry = { value: value, label: part.data.l[i] || value, texts: new Set() }; byValue.set(value, entry); }
          var text = -1;
          decode(part.data.t[i]).forEach(function (gap) {
            text += gap + 1;
            if (part.segment.name !== 'b' || !meta.gone.has(text)) { entry.texts.add(text); }
          });
        });
      });
      return { name: name, values: Array.from(byValue.values()) };
    });
  }

  /** The texts every chosen facet value allows (values of one facet: either; of two: both). */
  function filtered(filters) {
    var names = Object.keys(filters).filter(function (n) { return filters[n].length > 0; });
    return Promise.all(names.map(facet)).then(function (facets) {
      var allowed = null;
      facets.forEach(function (f) {
        var union = new Set();
        f.values.forEach(function (v) { if (filters[f.name].indexOf(v.value) >= 0) { v.texts.forEach(function (t) { union.add(t); }); } });
        allowed = allowed === null ? union : new Set(Array.from(allowed).filter(function (t) { return union.has(t); }));
      });
      return allowed;
    });
  }

  /**
   * Runs a query: {texts: [{text, score, documents: [document…]}], terms, count}, best first
   * (or by date when asked, or without words); filters narrow it to texts of facet values.
   */
  function run(q, options) {
    options = options || {};
    var started = Date.now();
    return index().then(function () {
      var clauses = parse(q, options.typing);
      var filters = options.filters || {};
      return Promise.all([Promise.all(clauses.map(clause)), filtered(filters)]).then(function (both) {
        var results = both[0];
        var allowed = both[1];
        var texts = new Map();
        if (results.length > 0) {
          intersect(results.map(function (r) { return r.scores; })).forEach(function (score, document) {
            var text = Math.floor(document / meta.chunks);
            if (allowed && !allowed.has(text)) { return; }
            var t = texts.get(text);
            if (!t) { t = { text: text, score: 0, best: 0, documents: [] }; texts.set(text, t); }
            t.documents.push([document, score]);
            t.best = Math.max(t.best, score);
            t.score = t.best + 0.1 * (t.documents.length - 1);
          });
        } else if (allowed) {
          allowed.forEach(function (text) { texts.set(text, { text: text, score: 0, documents: [[text * meta.chunks, 0]] }); });
        }
        var list = Array.from(texts.values());
        list.forEach(function (t) { t.documents.sort(function (a, b) { return b[1] - a[1]; }); });
        var byDate = options.sort === 'date' || results.length === 0;
        var order = byDate ? facet('year').then(function (years) {
          var year = new Map();
          years.values.forEach(function (v) { v.texts.forEach(function (t) { year.set(t, v.value); }); });
          list.sort(function (a, b) {
            var ya = year.get(a.text) || '9999';
            var yb = year.get(b.text) || '9999';
            return ya < yb ? -1 : ya > yb ? 1 : a.text - b.text;
          });
        }) : Promise.resolve(list.sort(function (a, b) { return b.score - a.score || a.text - b.text; }));
        return order.then(function () {
          var terms = [];
          results.forEach(function (r) { terms = terms.concat(r.terms); });
          return {
            texts: list, count: list.length, terms: terms,
            prefixes: results.filter(function (r) { return r.prefix; }).map(function (r) { return r.prefix; }),
            phrases: results.filter(function (r) { return r.phrase; }).map(function (r) { return r.phrase; }),
            ms: Date.now() - started
          };
        });
      });
    });
  }

  // ---- Snippets: the passage of a hit, its words in context, the hit marked
  function snippetFile(document) {
    var text = Math.floor(document / meta.chunks);
    return 's/' + Math.floor(text / 100) + '/' + text + '-' + (document % meta.chunks);
  }

  function matches(found, word) {
    return found.terms.indexOf(word) >= 0 || found.prefixes.some(function (p) { return word.lastIndexOf(p, 0) === 0; });
  }

  /** The marked words of a passage: a phrase's words only where they stand together. */
  function marked(found, text) {
    var all = wordsAt(text);
    var marks = all.map(function (w) { return matches(found, w.word); });
    found.phrases.forEach(function (phrase) {
      all.forEach(function (w, i) {
        if (phrase.every(function (p, k) { return all[i + k] && all[i + k].word === p; })) {
          for (var k = 0; k < phrase.length; k++) { marks[i + k] = 'phrase'; }
        }
      });
    });
    return all.filter(function (w, i) {
      var inPhrase = found.phrases.some(function (ph) { return ph.indexOf(w.word) >= 0; });
      return marks[i] === 'phrase' || (marks[i] === true && !inPhrase);
    });
  }

  /** What a result shows: its text's title, date, kind, and its best passages ({url, where, marks, text}). */
  function result(found, hit, most) {
    // the best chunk of the text only: one small file a result
    return load(snippetFile(hit.documents[0][0])).then(function (head) {
      var passages = head.p.map(function (p) {
        return { anchor: p[0], where: p[1], text: p[2], marks: found.terms.length ? marked(found, p[2]) : [] };
      });
      var seen = new Set();
      passages = passages.filter(function (p) { var fresh = !seen.has(p.text); seen.add(p.text); return fresh; });
      var shown = passages.filter(function (p) { return p.marks.length > 0; })
          .sort(function (a, b) { return b.marks.length - a.marks.length; }).slice(0, most || 1);
      if (shown.length === 0) { shown = passages.slice(0, 1); }
      return {
        title: head.t, url: head.u, date: head.d, kind: head.k, lang: head.l,
        passages: shown
      };
    });
  }

  // A passage's anchor on its text's page; on a later page of a text in parts, that page's
  // address with the anchor (ID-p3.html#p-40), which stands for itself.
  function address(url, anchor) {
    if (anchor && /\.html(#|$)/.test(anchor)) { return anchor; }
    return anchor ? url.replace(/#.*$/, '') + '#' + anchor : url;
  }

  /** The words around the first hit of a passage (about 200 characters), the hits in <mark>. */
  function kwic(passage, lang) {
    var text = passage.text;
    var marks = passage.marks;
    var start = 0;
    if (marks.length > 0 && marks[0].start > 80) {
      start = text.lastIndexOf(' ', marks[0].start - 70);
      start = start < 0 ? 0 : start + 1;
    }
    var end = Math.min(text.length, start + 220);
    if (end < text.length) { var space = text.indexOf(' ', end); end = space < 0 ? text.length : space; }
    var p = document.createElement('p');
    p.className = 'snippet';
    if (lang) { p.lang = lang; }
    if (start > 0) { p.appendChild(document.createTextNode('… ')); }
    var at = start;
    marks.forEach(function (m) {
      if (m.start < at || m.end > end) { return; }
      p.appendChild(document.createTextNode(text.slice(at, m.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(m.start, m.end);
      p.appendChild(mark);
      at = m.end;
    });
    p.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) { p.appendChild(document.createTextNode(' …')); }
    return p;
  }

  /** A result as a list item: title (linked to its passage), date and kind, snippets. */
  function resultItem(shown) {
    var li = document.createElement('li');
    var first = shown.passages[0];
    var a = document.createElement('a');
    a.href = address(shown.url, first && first.anchor);
    a.textContent = shown.title;
    a.className = 'result-title';
    li.appendChild(a);
    var about = [shown.kind, shown.date].filter(Boolean).join(' · ');
    if (about) {
      var span = document.createElement('span');
      span.className = 'result-about';
      span.textContent = ' — ' + about;
      li.appendChild(span);
    }
    shown.passages.forEach(function (p, i) {
      var snippet = kwic(p, shown.lang);
      if (p.where || i > 0) {
        var where = document.createElement('a');
        where.className = 'where';
        where.href = address(shown.url, p.anchor);
        where.textContent = (p.where || '¶') + ' ';
        snippet.insertBefore(where, snippet.firstChild);
      }
      li.appendChild(snippet);
    });
    return li;
  }

  function mark(element, found) {
    element.setAttribute('data-files', files.join(' '));
    element.setAttribute('data-ms', String(found.ms));
  }

  // ---- The search box of every page: the first results as one types
  var input = document.getElementById('search-input');
  var box = document.getElementById('search-results');
  // the site's pages are all in its root folder, as this script's folder's parent
  var searchPage = 'search.html';
  if (input && box) {
    input.disabled = false;
    input.addEventListener('focus', function () { index(); }, { once: true });
    var asked = 0;
    input.addEventListener('input', function () {
      var q = input.value;
      var mine = ++asked;
      if (q.trim().length < 2) { box.hidden = true; box.textContent = ''; return; }
      run(q, { typing: true }).then(function (found) {
        return Promise.all(found.texts.slice(0, 8).map(function (t) { return result(found, t, 2); })).then(function (shown) {
          if (mine !== asked) { return; }
          box.textContent = '';
          var heading = document.createElement('p');
          heading.className = 'results-title';
          heading.textContent = box.dataset.title + ' (' + found.count + ')';
          box.appendChild(heading);
          if (found.count === 0) {
            var none = document.createElement('p');
            none.textContent = box.dataset.none;
            box.appendChild(none);
          } else {
            var list = document.createElement('ol');
            shown.forEach(function (s) { list.appendChild(resultItem(s)); });
            box.appendChild(list);
            var all = document.createElement('a');
            all.className = 'all-results';
            all.href = searchPage + '?q=' + encodeURIComponent(q.trim());
            all.textContent = box.dataset.all || '→';
            box.appendChild(all);
          }
          mark(box, found);
          box.hidden = false;
        });
      });
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { input.value = ''; box.hidden = true; }
      if (e.key === 'Enter' && input.value.trim()) { location.href = searchPage + '?q=' + encodeURIComponent(input.value.trim()); }
    });
  }

  // ---- The search page: results with paging, facets, counts; its state in its address
  var page = document.getElementById('search-page');
  if (!page) { return; }
  var form = document.getElementById('search-form');
  var query = document.getElementById('search-query');
  var sort = document.getElementById('search-sort');
  var facetsBox = document.getElementById('search-facets');
  var out = document.getElementById('search-page-results');
  var FACETS = (page.dataset.facets || '').split(' ').filter(Boolean);
  var PER_PAGE = 20;
  var languageNames = null;
  try { languageNames = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }); } catch (e) { languageNames = null; }

  function state() {
    var params = new URLSearchParams(location.search);
    var filters = {};
    params.getAll('f').forEach(function (f) {
      var at = f.indexOf(':');
      if (at > 0) { (filters[f.slice(0, at)] = filters[f.slice(0, at)] || []).push(f.slice(at + 1)); }
    });
    return { q: params.get('q') || '', filters: filters, page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1), sort: params.get('sort') || '' };
  }

  function go(s) {
    var params = new URLSearchParams();
    if (s.q) { params.set('q', s.q); }
    Object.keys(s.filters).forEach(function (n) { s.filters[n].forEach(function (v) { params.append('f', n + ':' + v); }); });
    if (s.sort) { params.set('sort', s.sort); }
    if (s.page > 1) { params.set('page', String(s.page)); }
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params.toString() : ''));
    render();
  }

  function label(key) {
    var name = 'label' + key.replace(/(^|-)(.)/g, function (m, dash, c) { return c.toUpperCase(); });
    return page.dataset[name] || key;
  }

  function valueLabel(name, v) {
    if (name === 'lang' && languageNames) { try { return languageNames.of(v.value) || v.value; } catch (e) { return v.value; } }
    return v.label || v.value;
  }

  // Facets of many values (names) are loaded when the reader opens them, or has chosen one of
  // their values: each lists every text of each value, a few hundred KB on a large edition.
  var LIGHT = ['kind', 'lang', 'decade', 'year'];
  var opened = new Set();

  function renderFacets(s, found) {
    var inResults = new Set(found.texts.map(function (t) { return t.text; }));
    var any = found.terms.length > 0 || Object.keys(s.filters).some(function (n) { return s.filters[n].length; });
    var present = FACETS.filter(function (n) { return meta.segments.some(function (seg) { return seg.facets.indexOf(n) >= 0; }); });
    var shown = present.filter(function (n) { return LIGHT.indexOf(n) >= 0 || opened.has(n) || (s.filters[n] || []).length > 0; });
    return Promise.all(shown.map(facet)).then(function (facets) {
      facetsBox.textContent = '';
      present.filter(function (n) { return shown.indexOf(n) < 0; }).forEach(function (n) {
        var closed = document.createElement('fieldset');
        closed.className = 'facet facet-closed';
        closed.dataset.facet = n;
        var legend = document.createElement('legend');
        legend.textContent = label('facet-' + n);
        closed.appendChild(legend);
        var open = document.createElement('button');
        open.type = 'button';
        open.className = 'facet-open';
        open.textContent = label('facet-open');
        open.setAttribute('aria-label', label('facet-open') + ' : ' + label('facet-' + n));
        open.addEventListener('click', function () { opened.add(n); render(); });
        closed.appendChild(open);
        facetsBox.appendChild(closed);
      });
      facets.forEach(function (f) {
        var chosen = s.filters[f.name] || [];
        var values = f.values.map(function (v) {
          var n = 0;
          if (any) { v.texts.forEach(function (t) { if (inResults.has(t)) { n++; } }); } else { n = v.texts.size; }
          return { v: v, n: n };
        }).filter(function (e) { return e.n > 0 || chosen.indexOf(e.v.value) >= 0; });
        if (values.length === 0) { return; }
        if (f.name === 'year' || f.name === 'decade') {
          values.sort(function (a, b) { return a.v.value < b.v.value ? -1 : 1; });
        } else {
          values.sort(function (a, b) { return b.n - a.n || (valueLabel(f.name, a.v) < valueLabel(f.name, b.v) ? -1 : 1); });
        }
        var group = document.createElement('fieldset');
        group.className = 'facet';
        group.dataset.facet = f.name;
        var legend = document.createElement('legend');
        legend.textContent = label('facet-' + f.name);
        group.appendChild(legend);
        var list = document.createElement('ul');
        values.forEach(function (e, i) {
          var li = document.createElement('li');
          if (i >= 12 && chosen.indexOf(e.v.value) < 0) { li.className = 'more'; li.hidden = true; }
          var box = document.createElement('input');
          box.type = 'checkbox';
          box.id = 'facet-' + f.name + '-' + i;
          box.value = e.v.value;
          box.checked = chosen.indexOf(e.v.value) >= 0;
          box.addEventListener('change', function () {
            var now = state();
            var list = now.filters[f.name] || [];
            now.filters[f.name] = box.checked ? list.concat([e.v.value]) : list.filter(function (x) { return x !== e.v.value; });
            now.page = 1;
            go(now);
          });
          var l = document.createElement('label');
          l.htmlFor = box.id;
          l.textContent = valueLabel(f.name, e.v) + ' ';
          var count = document.createElement('span');
          count.className = 'count';
          count.textContent = '(' + e.n + ')';
          l.appendChild(count);
          li.appendChild(box);
          li.appendChild(l);
          list.appendChild(li);
        });
        group.appendChild(list);
        if (values.length > 12) {
          var more = document.createElement('button');
          more.type = 'button';
          more.className = 'facet-more';
          more.textContent = label('more') + ' (' + (values.length - 12) + ')';
          more.addEventListener('click', function () {
            group.querySelectorAll('li.more').forEach(function (li) { li.hidden = false; });
            more.remove();
          });
          group.appendChild(more);
        }
        facetsBox.appendChild(group);
      });
      // in the order of the page's list: the closed ones among the open
      FACETS.forEach(function (n) {
        var e = facetsBox.querySelector('fieldset[data-facet="' + n + '"]');
        if (e) { facetsBox.appendChild(e); }
      });
    });
  }

  var rendering = 0;
  function render() {
    var s = state();
    var mine = ++rendering;
    query.value = s.q;
    if (sort) { sort.value = s.sort || 'relevance'; }
    var browsing = !s.q.trim() && !Object.keys(s.filters).some(function (n) { return s.filters[n].length; });
    if (browsing) {
      out.textContent = '';
      index().then(function () { return renderFacets(s, { texts: [], terms: [] }); });
      return;
    }
    run(s.q, { filters: s.filters, sort: s.sort }).then(function (found) {
      var pages = Math.max(1, Math.ceil(found.count / PER_PAGE));
      var current = Math.min(s.page, pages);
      var slice = found.texts.slice((current - 1) * PER_PAGE, current * PER_PAGE);
      return Promise.all(slice.map(function (t) { return result(found, t, 3); })).then(function (shown) {
        if (mine !== rendering) { return; }
        out.textContent = '';
        var count = document.createElement('p');
        count.className = 'results-count';
        count.textContent = (found.count === 1 ? label('results-one') : label('results').replace('{n}', String(found.count)))
            + (pages > 1 ? ' · ' + label('page').replace('{n}', String(current)).replace('{of}', String(pages)) : '');
        out.appendChild(count);
        if (found.count > 0) {
          var list = document.createElement('ol');
          list.className = 'results';
          list.start = (current - 1) * PER_PAGE + 1;
          shown.forEach(function (r) { list.appendChild(resultItem(r)); });
          out.appendChild(list);
        }
        if (pages > 1) {
          var nav = document.createElement('nav');
          nav.className = 'paging';
          nav.setAttribute('aria-label', label('paging'));
          [['previous', current - 1], ['next', current + 1]].forEach(function (e) {
            if (e[1] < 1 || e[1] > pages) { return; }
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'page-' + e[0];
            b.textContent = label(e[0]);
            b.addEventListener('click', function () { var now = state(); now.page = e[1]; go(now); window.scrollTo(0, 0); });
            nav.appendChild(b);
          });
          out.appendChild(nav);
        }
        mark(out, found);
        return renderFacets(s, found).then(function () { mark(out, found); });
      });
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var now = state();
    now.q = query.value.trim();
    now.page = 1;
    go(now);
  });
  if (sort) {
    sort.addEventListener('change', function () { var now = state(); now.sort = sort.value === 'relevance' ? '' : sort.value; now.page = 1; go(now); });
  }
  query.disabled = false;
  render();
}());
