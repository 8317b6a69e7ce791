// The search page, the same online and from disk: MiniSearch over the script-tag index that
// offline-index.js sets as window.TT_OFFLINE_SEARCH (browsers refuse Pagefind's fetch and
// WebAssembly from file://, and one engine gives the same results in both places).
// The query and the filters live in the address (?q=…&status=…&document=…), so a search can be
// shared and Back returns to it. Several values of one facet combine with OR, facets with AND.
(function () {
  'use strict';
  var data = window.TT_OFFLINE_SEARCH;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var facetsBox = document.getElementById('search-facets');
  var filterSummary = document.getElementById('filter-summary');
  var filtersPanel = document.getElementById('search-filters');
  var summary = document.getElementById('search-summary');
  var list = document.getElementById('search-results');
  if (!data || !window.MiniSearch || !form) return;
  var index = window.MiniSearch.loadJS(data.index, data.options);
  var fromDisk = location.protocol === 'file:';
  var PAGE = 50;

  function stateFromUrl() {
    var params = new URLSearchParams(location.search);
    var state = { q: params.get('q') || '', filters: {} };
    data.facets.forEach(function (facet) {
      state.filters[facet.key] = params.getAll(facet.key);
    });
    return state;
  }
  function urlOf(state) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    data.facets.forEach(function (facet) {
      state.filters[facet.key].forEach(function (v) {
        params.append(facet.key, v);
      });
    });
    var query = params.toString();
    return location.pathname + (query ? '?' + query : '');
  }
  var state = stateFromUrl();

  function valuesOf(record, facet) {
    var value = record[facet.field];
    return Array.isArray(value) ? value : value ? [value] : [];
  }
  function matchesAll(record, except) {
    return data.facets.every(function (facet) {
      var selected = state.filters[facet.key];
      if (facet.key === except || selected.length === 0) return true;
      var values = valuesOf(record, facet);
      return selected.some(function (v) {
        return values.indexOf(v) >= 0;
      });
    });
  }
  function search(q) {
    return index.search(q, {
      // Adopted texts rank above drafts for the same words.
      boostDocument: function (id, term, stored) {
        return stored && stored.status === data.adopted ? data.adoptedBoost : 1;
      },
    });
  }
  function termsOf(q) {
    return q
      .toLowerCase()
      .split(/\s+/)
      .map(function (t) {
        return t.replace(/[^\p{L}\p{N}]/gu, '');
      })
      .filter(Boolean);
  }

  // The excerpt: the unit's own words around the first match, with the matched words marked.
  function excerpt(text, terms) {
    var words = text.split(/\s+/);
    var lower = words.map(function (w) {
      return w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    });
    var isHit = function (i) {
      return terms.some(function (t) {
        return lower[i].indexOf(t) === 0;
      });
    };
    var hit = -1;
    for (var h = 0; h < words.length && hit < 0; h++) if (isHit(h)) hit = h;
    var start = Math.max(0, (hit < 0 ? 0 : hit) - 12);
    var end = Math.min(words.length, start + 36);
    var p = document.createElement('p');
    if (start > 0) p.appendChild(document.createTextNode('… '));
    for (var i = start; i < end; i++) {
      if (isHit(i)) {
        var mark = document.createElement('mark');
        mark.textContent = words[i];
        p.appendChild(mark);
      } else p.appendChild(document.createTextNode(words[i]));
      if (i < end - 1) p.appendChild(document.createTextNode(' '));
    }
    if (end < words.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  function href(url, terms) {
    var path = '..' + url + (fromDisk ? 'index.html' : '');
    if (fromDisk || terms.length === 0) return path;
    return (
      path +
      '?' +
      terms
        .map(function (t) {
          return 'highlight=' + encodeURIComponent(t);
        })
        .join('&')
    );
  }

  function renderFacets(results) {
    facetsBox.textContent = '';
    var chosen = 0;
    data.facets.forEach(function (facet) {
      // A facet's counts take the other facets' choices into account, not its own (OR within a facet).
      var counts = new Map();
      results.forEach(function (r) {
        if (!matchesAll(r, facet.key)) return;
        valuesOf(r, facet).forEach(function (v) {
          counts.set(v, (counts.get(v) || 0) + 1);
        });
      });
      var selected = state.filters[facet.key];
      selected.forEach(function (v) {
        if (!counts.has(v)) counts.set(v, 0);
      });
      chosen += selected.length;
      if (counts.size === 0) return;
      var fieldset = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.textContent = facet.label;
      fieldset.appendChild(legend);
      Array.from(counts.keys())
        .sort(function (a, b) {
          return counts.get(b) - counts.get(a) || a.localeCompare(b);
        })
        .forEach(function (value) {
          var label = document.createElement('label');
          var box = document.createElement('input');
          box.type = 'checkbox';
          box.name = facet.key;
          box.value = value;
          box.checked = selected.indexOf(value) >= 0;
          box.addEventListener('change', function () {
            var next = state.filters[facet.key].filter(function (v) {
              return v !== value;
            });
            if (box.checked) next.push(value);
            state.filters[facet.key] = next;
            history.pushState(null, '', urlOf(state));
            render();
            var again = facetsBox.querySelector('input[name="' + facet.key + '"][value="' + CSS.escape(value) + '"]');
            if (again) again.focus();
          });
          label.appendChild(box);
          label.appendChild(document.createTextNode(' ' + value + ' (' + counts.get(value) + ')'));
          fieldset.appendChild(label);
        });
      facetsBox.appendChild(fieldset);
    });
    filterSummary.textContent = chosen ? 'Filters (' + chosen + ' chosen)' : 'Filters';
  }

  function render() {
    var q = state.q.trim();
    if (input.value !== state.q) input.value = state.q;
    list.textContent = '';
    if (!q) {
      summary.textContent = '';
      facetsBox.textContent = '';
      filterSummary.textContent = 'Filters';
      return;
    }
    var results = search(q);
    renderFacets(results);
    var shown = results.filter(function (r) {
      return matchesAll(r, null);
    });
    var terms = termsOf(q);
    summary.textContent =
      shown.length + (shown.length === 1 ? ' result' : ' results') + ' for “' + q + '”' + (shown.length > PAGE ? ', the first ' + PAGE + ' shown' : '');
    shown.slice(0, PAGE).forEach(function (r) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = href(r.url, terms);
      link.textContent = r.title;
      var meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = [r.ref, r.status, r.section].filter(Boolean).join(' · ');
      item.appendChild(link);
      item.appendChild(meta);
      item.appendChild(excerpt(r.text, terms));
      list.appendChild(item);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    state.q = input.value;
    history.pushState(null, '', urlOf(state));
    render();
  });
  var typing;
  input.addEventListener('input', function () {
    state.q = input.value;
    clearTimeout(typing);
    typing = setTimeout(function () {
      history.replaceState(null, '', urlOf(state));
    }, 300);
    render();
  });
  addEventListener('popstate', function () {
    state = stateFromUrl();
    render();
  });
  // Filters stand open beside the results on a wide screen; on a phone they are one tap away, above them.
  if (window.matchMedia('(min-width: 50rem)').matches) filtersPanel.open = true;
  render();
})();
