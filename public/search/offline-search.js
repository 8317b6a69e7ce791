// Search for the offline copy, opened from disk, where Pagefind cannot load its index (browsers
// refuse fetch() and WebAssembly from file://). The index comes as a script tag instead:
// offline-index.js sets window.TT_OFFLINE_SEARCH for MiniSearch (minisearch.js).
(function () {
  'use strict';
  var data = window.TT_OFFLINE_SEARCH;
  var form = document.getElementById('offline-form');
  var input = document.getElementById('offline-q');
  var documentFilter = document.getElementById('offline-document');
  var instrumentFilter = document.getElementById('offline-instrument');
  var summary = document.getElementById('offline-summary');
  var list = document.getElementById('offline-results');
  if (!data || !window.MiniSearch || !form) return;
  var index = window.MiniSearch.loadJS(data.index, data.options);

  function fillSelect(select, values) {
    values.forEach(function (value) {
      var option = document.createElement('option');
      option.value = value;
      option.textContent = value;
      select.appendChild(option);
    });
  }
  fillSelect(documentFilter, data.documents);
  fillSelect(instrumentFilter, data.instruments);

  function render() {
    var query = input.value.trim();
    var doc = documentFilter.value;
    var instrument = instrumentFilter.value;
    list.textContent = '';
    if (!query) {
      summary.textContent = '';
      return;
    }
    var results = index.search(query, {
      filter: function (r) {
        return (!doc || r.document === doc) && (!instrument || r.instruments.split('; ').indexOf(instrument) >= 0);
      },
    });
    summary.textContent = results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”';
    results.slice(0, 50).forEach(function (r) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '..' + r.url + 'index.html';
      link.textContent = r.title;
      var meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = r.ref + (r.section ? ' · ' + r.section : '');
      var excerpt = document.createElement('p');
      excerpt.textContent = r.excerpt;
      item.appendChild(link);
      item.appendChild(meta);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    render();
  });
  input.addEventListener('input', render);
  documentFilter.addEventListener('change', render);
  instrumentFilter.addEventListener('change', render);
  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    render();
  }
})();
