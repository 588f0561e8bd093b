// The checks of a page made in the page itself (LayoutFaults.java runs this), where computed
// styles and element boxes are at hand: the page wider than the screen, inline elements with a
// block's margins, margin numbers on the wrong side of a right-to-left block, links to nothing
// or to something hidden, a text page with nothing under its title. Returns one line a fault.
const out = [];
const vw = document.documentElement.clientWidth;
const name = el => el.tagName.toLowerCase() + [...el.classList].map(c => '.' + c).join('') + (el.id ? '#' + el.id : '');
const words = el => (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60);
const scrolls = el => { for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
if (document.documentElement.scrollWidth > vw + 1) {
  const wide = [...document.querySelectorAll('body *')].filter(el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > vw + 1 && r.left > -200 && !scrolls(el);
  });
  const innermost = wide.filter(el => !wide.some(o => o !== el && el.contains(o)));
  out.push('overflow: the page is ' + document.documentElement.scrollWidth + ' px wide on a ' + vw + ' px screen: '
      + innermost.slice(0, 4).map(el => name(el) + ' "' + words(el) + '" (' + Math.round(el.getBoundingClientRect().right) + ' px)').join('; '));
}
for (const el of document.querySelectorAll('body *')) {
  const cs = getComputedStyle(el);
  if (cs.display !== 'inline') continue;
  const em = parseFloat(cs.fontSize);
  const ml = parseFloat(cs.marginLeft), mr = parseFloat(cs.marginRight);
  if ((ml >= em || mr >= em) && el.getClientRects().length > 0) {
    out.push('block margins on an inline element: ' + name(el) + ' "' + words(el) + '" (margins ' + cs.marginLeft + ' ' + cs.marginRight + ')');
  }
}
for (const n of document.querySelectorAll('.pnum, .lnum')) {
  const block = n.parentElement;
  if (getComputedStyle(block).direction !== 'rtl') continue;
  const r = n.getBoundingClientRect(), b = block.getBoundingClientRect();
  if (r.width > 0 && r.left + r.width / 2 < b.left + b.width / 2) {
    out.push('margin number on the left of a right-to-left block: ' + name(n) + ' ' + (n.dataset.n || n.textContent) + ' of ' + name(block));
  }
}
const shown = el => getComputedStyle(el).display === 'contents' ? [...el.children].some(shown)
    : el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
for (const a of document.querySelectorAll('a[href^="#"]')) {
  const id = decodeURIComponent(a.getAttribute('href').slice(1));
  if (!id || !shown(a)) continue;
  const target = document.getElementById(id);
  if (!target) out.push('link to nothing: ' + name(a) + ' "' + words(a) + '" to #' + id);
  else if (!shown(target)) out.push('link to something hidden: ' + name(a) + ' "' + words(a) + '" to #' + id);
}
const article = document.querySelector('body.text-page article.text');
if (article) {
  const around = '.text-header, nav.contents, .witnesses, .endnotes, .transcription-signs, .apparatus-tools';
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const el = t.parentElement;
    if (el && !el.closest(around) && shown(el)) chars += t.data.replace(/\s+/g, '').length;
  }
  if (chars === 0) out.push('empty text page: nothing under the text\'s title');
}
return out;
