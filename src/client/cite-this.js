// The unit page's "Cite this" panel: the citation of the sub-item the address names, and the copy buttons.
// A classic script, not a module: modules do not load from disk (file://), where the offline copy is read.
(() => {
  const section = document.querySelector('.cite-this');
  if (!section) return;
  const variantsEl = document.getElementById('cite-variants');
  const variants = variantsEl ? JSON.parse(variantsEl.textContent) : null;
  // Arriving at (or moving to) a sub-item's address cites that sub-item: "para. 43 (b)".
  const show = () => {
    if (!variants) return;
    const form = variants[decodeURIComponent(location.hash.slice(1))] ?? variants[''];
    document.getElementById('cite-heading').textContent = form.heading;
    document.getElementById('cite-un').textContent = form.un;
    document.getElementById('cite-csl').textContent = form.csl;
    document.getElementById('cite-bib').textContent = form.bib;
    document.getElementById('cite-ris').textContent = form.ris;
    document.getElementById('cite-ris-download').href = 'data:application/x-research-info-systems;charset=utf-8,' + encodeURIComponent(form.ris);
  };
  show();
  addEventListener('hashchange', show);
  const status = document.getElementById('copy-status');
  for (const button of section.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy).textContent;
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = 'Copied to the clipboard.';
      } catch {
        // No clipboard access (from disk, or refused): select the text for Ctrl+C instead.
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(button.dataset.copy));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
      }
    });
  }
})();
