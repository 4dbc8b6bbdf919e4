/* Static, Chinese-aware search over the index written by gongkai
 * (generator/src/outputs/search*.cpp; format in docs/open-data.md).
 *
 * A query is split on white space into terms; a result must contain every
 * term. Terms are tokenised exactly as the generator tokenises documents:
 * NFKC + lower case, CJK runs as character bigrams (a lone CJK character
 * searches titles only), runs of letters and runs of digits as whole words. Posting
 * lists of the tokens are intersected; when a term is more than one token
 * the candidates are then checked against the document text, so a made-up
 * word whose bigrams occur separately finds nothing.
 *
 * Vanilla ES2017, no dependencies. Results are built with DOM APIs and
 * textContent only. In Node (tests) the engine is exported and no DOM is
 * touched. */
(function (factory) {
  'use strict';
  var engine = factory();
  if (typeof module === 'object' && module.exports) module.exports = engine;
  if (typeof document !== 'undefined' && document.currentScript) engine.attach(document.currentScript);
}(function () {
  'use strict';

  var MAX_WORD_CHARS = 40;
  var PAGE_SIZE = 20;
  // Candidates checked against document text per "more" step, so a query
  // with thousands of candidates never fetches the whole doc store at once.
  var VERIFY_BUDGET = 100;
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  // ---- tokens (must match generator/src/outputs/search_tokens.cpp) --------
  function isCjk(c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
  }

  function isWord(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) ||
      (c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7) ||
      (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x4FF) || (c >= 0x1820 && c <= 0x18AA);
  }

  function normalize(text) {
    return (text.normalize ? text.normalize('NFKC') : text).toLowerCase();
  }

  // Tokens of one normalised term, in order, with repeats.
  function termTokens(term) {
    var tokens = [];
    var run = [];
    var word = '';
    var wordChars = 0;
    var wordIsDigits = false;
    function flushRun() {
      if (run.length === 1) tokens.push(run[0]);
      for (var i = 1; i < run.length; i++) tokens.push(run[i - 1] + run[i]);
      run = [];
    }
    function flushWord() {
      if (word) tokens.push(word);
      word = '';
      wordChars = 0;
    }
    for (var ch of term) {
      var c = ch.codePointAt(0);
      if (isCjk(c)) {
        flushWord();
        run.push(ch);
      } else if (isWord(c)) {
        flushRun();
        var digit = c >= 0x30 && c <= 0x39;
        if (digit !== wordIsDigits) flushWord();
        wordIsDigits = digit;
        if (wordChars < MAX_WORD_CHARS) word += ch;
        wordChars++;
      } else {
        flushRun();
        flushWord();
      }
    }
    flushRun();
    flushWord();
    return tokens;
  }

  // {terms, tokens (unique), verify}: verify when some term is not exactly
  // one token, i.e. the index alone cannot prove the term occurs as typed.
  function parseQuery(query) {
    var terms = normalize(query || '').split(/\s+/).filter(Boolean);
    var tokens = [];
    var verify = false;
    var kept = [];
    terms.forEach(function (term) {
      var t = termTokens(term);
      if (!t.length) return;
      kept.push(term);
      if (t.length !== 1 || t[0] !== term) verify = true;
      t.forEach(function (tok) { if (tokens.indexOf(tok) < 0) tokens.push(tok); });
    });
    return { terms: kept, tokens: tokens, verify: verify };
  }

  // FNV-1a over the UTF-8 bytes, as token_hash() in C++.
  function tokenHash(token) {
    var bytes = new TextEncoder().encode(token);
    var h = 2166136261;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h >>> 0;
  }

  function decodePostings(encoded) {
    var out = [];
    var value = 0;
    var previous = 0;
    for (var i = 0; i < encoded.length; i++) {
      var digit = ALPHABET.indexOf(encoded[i]);
      if (digit < 0) return [];
      value = value * 32 + (digit & 31);
      if (digit >= 32) continue;
      previous = out.length ? previous + value : value;
      out.push(previous);
      value = 0;
    }
    return out;
  }

  function intersect(a, b) {
    var out = [];
    for (var i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = '0' + s;
    return s;
  }

  // ---- matching and snippets ------------------------------------------------
  // Every occurrence of every term in `text`, as merged [start, end) ranges
  // of `text` itself, or [] when lower-casing changed the length (no safe
  // mapping back, so no highlighting).
  function matchRanges(text, terms) {
    var lower = text.toLowerCase();
    if (lower.length !== text.length) return [];
    var ranges = [];
    terms.forEach(function (term) {
      for (var at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
        ranges.push([at, at + term.length]);
      }
    });
    ranges.sort(function (x, y) { return x[0] - y[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  // [{text, mark}] pieces of `text` between `from` and `to`.
  function segments(text, ranges, from, to) {
    var out = [];
    var pos = from;
    ranges.forEach(function (r) {
      var start = Math.max(r[0], from);
      var end = Math.min(r[1], to);
      if (end <= start) return;
      if (start > pos) out.push({ text: text.slice(pos, start), mark: false });
      out.push({ text: text.slice(start, end), mark: true });
      pos = end;
    });
    if (pos < to) out.push({ text: text.slice(pos, to), mark: false });
    return out;
  }

  function snippet(text, terms) {
    var ranges = matchRanges(text, terms);
    var before = 30;
    var length = 110;
    var from = ranges.length ? Math.max(0, ranges[0][0] - before) : 0;
    var to = Math.min(text.length, from + length);
    var pieces = segments(text, ranges, from, to);
    if (from > 0) pieces.unshift({ text: '…', mark: false });
    if (to < text.length) pieces.push({ text: '…', mark: false });
    return pieces;
  }

  function containsAll(doc, terms) {
    var haystack = normalize(doc.title + '\n' + doc.text);
    return terms.every(function (t) { return haystack.indexOf(t) >= 0; });
  }

  // ---- the searcher -----------------------------------------------------------
  // fetchJson(path relative to the site root) -> Promise of parsed JSON.
  function createSearcher(fetchJson) {
    var cache = new Map();
    function load(path) {
      if (!cache.has(path)) {
        var p = fetchJson(path);
        cache.set(path, p);
        p.catch(function () { cache.delete(path); });
      }
      return cache.get(path);
    }
    function manifest() { return load('search/index.json'); }

    async function candidatesOf(set, tokens) {
      if (!set.docs) return [];
      var lists = await Promise.all(tokens.map(async function (tok) {
        var shard = await load('search/' + set.name + '/shard-' + pad(tokenHash(tok) % set.shards, 3) + '.json');
        return Object.prototype.hasOwnProperty.call(shard, tok) ? decodePostings(shard[tok]) : [];
      }));
      lists.sort(function (a, b) { return a.length - b.length; });
      var result = lists[0];
      for (var i = 1; i < lists.length && result.length; i++) result = intersect(result, lists[i]);
      return result.reverse();  // newest (highest number) first
    }

    async function docOf(info, set, n) {
      var chunk = await load('search/docs/' + set.name + '-' + pad(Math.floor(n / info.chunk), 4) + '.json');
      var row = chunk[n % info.chunk];
      return { kind: row[0], kindLabel: info.kinds[row[0]] || row[0], title: row[1], url: row[2], text: row[3] };
    }

    // Resolves to a cursor: {total (exact count, or null when candidates
    // still need checking), more() -> Promise<{hits, done}>}.
    async function search(query) {
      var q = parseQuery(query);
      if (!q.tokens.length) return { terms: [], total: 0, more: async function () { return { hits: [], done: true }; } };
      var info = await manifest();
      var perSet = await Promise.all(info.sets.map(function (set) { return candidatesOf(set, q.tokens); }));
      var queue = [];
      perSet.forEach(function (docs, s) {
        docs.forEach(function (n) { queue.push({ set: info.sets[s], n: n }); });
      });
      var next = 0;
      async function more() {
        var hits = [];
        var checked = 0;
        while (next < queue.length && hits.length < PAGE_SIZE && checked < VERIFY_BUDGET) {
          var batch = queue.slice(next, next + (q.verify ? 10 : PAGE_SIZE - hits.length));
          next += batch.length;
          checked += batch.length;
          var docs = await Promise.all(batch.map(function (c) { return docOf(info, c.set, c.n); }));
          docs.forEach(function (doc) {
            if (q.verify && !containsAll(doc, q.terms)) return;
            doc.titleSegments = segments(doc.title, matchRanges(doc.title, q.terms), 0, doc.title.length);
            doc.snippet = snippet(doc.text, q.terms);
            hits.push(doc);
          });
        }
        return { hits: hits, done: next >= queue.length };
      }
      return { terms: q.terms, total: q.verify ? null : queue.length, more: more };
    }

    return { search: search };
  }

  // ---- the page -------------------------------------------------------------
  function appendSegments(parent, pieces) {
    pieces.forEach(function (p) {
      if (p.mark) {
        var mark = document.createElement('mark');
        mark.textContent = p.text;
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(p.text));
      }
    });
  }

  function resultItem(root, hit) {
    var li = document.createElement('li');
    li.className = 'search-result';
    var kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = hit.kindLabel;
    var link = document.createElement('a');
    link.href = root + hit.url;
    appendSegments(link, hit.titleSegments);
    var heading = document.createElement('h3');
    heading.appendChild(kind);
    heading.appendChild(document.createTextNode(' '));
    heading.appendChild(link);
    var text = document.createElement('p');
    text.className = 'search-snippet';
    appendSegments(text, hit.snippet);
    li.appendChild(heading);
    li.appendChild(text);
    return li;
  }

  function message(container, text) {
    var p = document.createElement('p');
    p.className = 'search-status';
    p.textContent = text;
    container.appendChild(p);
    return p;
  }

  async function run(root, container, query) {
    while (container.firstChild) container.removeChild(container.firstChild);
    var searcher = createSearcher(async function (path) {
      var response = await fetch(root + path);
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      return response.json();
    });
    var status = message(container, '正在搜索…');
    var list = document.createElement('ol');
    list.className = 'search-results';
    var moreButton = document.createElement('button');
    moreButton.type = 'button';
    moreButton.className = 'search-more';
    moreButton.textContent = '显示更多结果';
    var shown = 0;
    try {
      var cursor = await searcher.search(query);
      var showPage = async function () {
        moreButton.disabled = true;
        var page = await cursor.more();
        page.hits.forEach(function (hit) { list.appendChild(resultItem(root, hit)); });
        shown += page.hits.length;
        if (cursor.total !== null) status.textContent = cursor.total ? '共找到 ' + cursor.total + ' 条结果' : '';
        else status.textContent = page.done ? '共找到 ' + shown + ' 条结果' : '已找到 ' + shown + ' 条结果';
        if (shown === 0 && page.done) status.textContent = '没有找到与“' + query.trim() + '”相关的内容。请换一个词试试。';
        moreButton.hidden = page.done;
        moreButton.disabled = false;
      };
      container.appendChild(list);
      container.appendChild(moreButton);
      moreButton.addEventListener('click', function () {
        showPage().catch(function () { status.textContent = '加载更多结果失败，请稍后重试。'; });
      });
      await showPage();
    } catch (e) {
      status.textContent = '搜索暂时不可用（索引加载失败），请稍后重试。';
      moreButton.hidden = true;
    }
  }

  function attach(script) {
    // Captured now: document.currentScript is null once loading has finished.
    var root = (script.dataset && script.dataset.root) || '';
    function start() {
      var container = document.getElementById('search-results');
      var input = document.getElementById('search-q');
      if (!container) return;
      var query = new URLSearchParams(window.location.search).get('q') || '';
      if (input) input.value = query;
      if (query.trim()) run(root, container, query);
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }

  return {
    parseQuery: parseQuery,
    tokenHash: tokenHash,
    decodePostings: decodePostings,
    snippet: snippet,
    createSearcher: createSearcher,
    attach: attach
  };
}));
