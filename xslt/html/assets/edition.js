/* The website's behaviour, in a file (the Content-Security-Policy forbids inline script).
   Everything here enhances pages that already read without JavaScript. */
(function () {
  'use strict';

  // ---- Copying: the text is copied without the soft hyphens the build put in for justification,
  // so that a pasted or searched word is whole.
  document.addEventListener('copy', function (event) {
    var selection = window.getSelection();
    var text = selection ? selection.toString() : '';
    if (text.indexOf('\u00AD') < 0 || !event.clipboardData) { return; }
    event.clipboardData.setData('text/plain', text.replace(/\u00AD/g, ''));
    event.preventDefault();
  });

  // ---- Facsimiles: a page's image becomes a viewer that zooms and pans (OpenSeadragon); the
  // picture stays for readers without JavaScript, and where the viewer cannot start.
  function facsimileViewers() {
    if (!window.OpenSeadragon) { return; }
    document.querySelectorAll('figure.facsimile[data-iiif], figure.facsimile[data-iiif-info], figure.facsimile[data-image]').forEach(function (figure) {
      var frame = document.createElement('div');
      frame.className = 'facsimile-viewer';
      frame.id = 'viewer-' + (figure.closest('section') || figure).id;
      figure.insertBefore(frame, figure.firstChild);
      var viewer = window.OpenSeadragon({
        element: frame,
        // a static IIIF service by its description (in the page), a IIIF image by its address,
        // else a picture as it is
        tileSources: figure.hasAttribute('data-iiif-info') ? JSON.parse(figure.getAttribute('data-iiif-info'))
            : figure.getAttribute('data-iiif') || { type: 'image', url: figure.getAttribute('data-image') },
        showNavigationControl: false,
        gestureSettingsMouse: { clickToZoom: false },
        visibilityRatio: 1
      });
      frame.viewer = viewer;
      var tools = document.createElement('div');
      tools.className = 'facsimile-tools';
      [['zoom-in', function () { viewer.viewport.zoomBy(1.5); }],
       ['zoom-out', function () { viewer.viewport.zoomBy(1 / 1.5); }],
       ['zoom-home', function () { viewer.viewport.goHome(); }]].forEach(function (tool) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = tool[0];
        button.textContent = figure.getAttribute('data-' + tool[0]);
        button.addEventListener('click', tool[1]);
        tools.appendChild(button);
      });
      figure.insertBefore(tools, frame.nextSibling);
      // the picture is kept until the viewer has its image
      viewer.addHandler('open', function () {
        figure.classList.add('zoomable');
        litZones(viewer, figure);
        // the viewer as tall as the page's image at its width, within three quarters of the window
        var size = viewer.world.getItemAt(0).getContentSize();
        if (size.x > 0) {
          frame.style.height = Math.round(Math.min(window.innerHeight * 0.75, frame.clientWidth * size.y / size.x)) + 'px';
        }
      });
    });
  }
  // A line or zone with its place on the page (data-box, in the page's coordinates, the page's
  // extent on the figure) is outlined on the image while it is pointed at or focused, and the
  // reverse: pointing at the outline lights the line.
  function litZones(viewer, figure) {
    var section = figure.closest('section');
    var item = viewer.world.getItemAt(0);
    if (!section || !item) { return; }
    var size = item.getContentSize();
    var extent = (figure.getAttribute('data-extent') || '').split(' ').map(Number);
    var ox = extent.length === 4 ? extent[0] : 0, oy = extent.length === 4 ? extent[1] : 0;
    var scale = extent.length === 4 && extent[2] > 0 ? size.x / extent[2] : 1;
    section.querySelectorAll('[data-box]').forEach(function (part) {
      var box = part.getAttribute('data-box').split(' ').map(Number);
      var outline = document.createElement('div');
      outline.className = 'zone-outline';
      viewer.addOverlay({
        element: outline,
        location: item.imageToViewportRectangle((box[0] - ox) * scale, (box[1] - oy) * scale, box[2] * scale, box[3] * scale)
      });
      function on() { outline.classList.add('lit'); part.classList.add('lit'); }
      function off() { outline.classList.remove('lit'); part.classList.remove('lit'); }
      ['mouseenter', 'focus'].forEach(function (e) { part.addEventListener(e, on); });
      ['mouseleave', 'blur'].forEach(function (e) { part.addEventListener(e, off); });
      outline.addEventListener('mouseenter', on);
      outline.addEventListener('mouseleave', off);
    });
  }

  // ---- Zones placed by their coordinates (the edition's setting zones = coordinates): the page
  // as a box of its proportions, each zone where its coordinates put it, the type sized to the
  // page's lines. Without JavaScript, or where a zone says no place, they read in order.
  function placeZones() {
    document.querySelectorAll('.surface-body.placed[data-extent]').forEach(function (page) {
      var extent = page.getAttribute('data-extent').split(' ').map(Number);
      var zones = Array.prototype.filter.call(page.children, function (c) { return c.classList.contains('zone') && c.hasAttribute('data-box'); });
      if (extent[2] <= 0 || extent[3] <= 0 || zones.length === 0) { return; }
      page.style.aspectRatio = extent[2] + ' / ' + extent[3];
      // the whole page in the window
      page.style.maxWidth = 'calc(85vh * ' + (extent[2] / extent[3]) + ')';
      var heights = Array.prototype.map.call(page.querySelectorAll('.line[data-box]'), function (l) { return Number(l.getAttribute('data-box').split(' ')[3]); })
          .filter(function (h) { return h > 0; }).sort(function (a, b) { return a - b; });
      function size() {
        var scale = page.clientWidth / extent[2];
        var line = heights.length ? heights[Math.floor(heights.length / 2)] * scale : 16;
        page.style.fontSize = Math.max(7, Math.min(20, line * 0.7)) + 'px';
      }
      zones.forEach(function (zone) {
        var box = zone.getAttribute('data-box').split(' ').map(Number);
        zone.classList.add('placed-zone');
        zone.style.left = ((box[0] - extent[0]) / extent[2] * 100) + '%';
        zone.style.top = ((box[1] - extent[1]) / extent[3] * 100) + '%';
        zone.style.width = (box[2] / extent[2] * 100) + '%';
        zone.style.height = (box[3] / extent[3] * 100) + '%';
      });
      size();
      window.addEventListener('resize', size);
    });
  }

  function documentary() {
    placeZones();
    facsimileViewers();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', documentary);
  } else {
    documentary();
  }

  // ---- A long text in parts: an address of its first page whose anchor is on another of its
  // pages (a link from another text, an address from before the text was cut) leads there, by
  // the table of the text's anchors the first page carries (text.xsl: fp:part-anchors).
  (function () {
    var article = document.querySelector('article[data-part-anchors]');
    if (!article || location.hash.length < 2) { return; }
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    if (document.getElementById(id)) { return; }
    var table;
    try { table = JSON.parse(article.getAttribute('data-part-anchors')); } catch (e) { return; }
    var part = Object.prototype.hasOwnProperty.call(table.ids, id) ? table.ids[id] : undefined;
    var numbered = /^(?:ref-)?(p|m|note|section)-(\d+)$/.exec(id);
    if (part === undefined && numbered) {
      var firsts = table.first[numbered[1]] || [];
      for (var k = 0; k < firsts.length; k++) {
        if (firsts[k] !== null && firsts[k] <= +numbered[2]) { part = k; }
      }
    }
    if (part > 0 && table.pages[part]) { location.replace(table.pages[part] + location.hash); }
  })();

  // ---- Notes: the call opens the note in place; the list at the end stays for no-JS readers.
  function openNote(call) {
    var id = decodeURIComponent(call.getAttribute('href').slice(1));
    var note = document.getElementById(id);
    if (!note) { return false; }
    var pop = document.getElementById('note-popover');
    if (!pop) {
      pop = document.createElement('div');
      pop.id = 'note-popover';
      pop.className = 'note-popover';
      pop.setAttribute('role', 'dialog');
      if ('popover' in HTMLElement.prototype) { pop.setAttribute('popover', 'auto'); }
      document.body.appendChild(pop);
    }
    pop.textContent = '';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '×';
    close.setAttribute('aria-label', document.documentElement.lang === 'en' ? 'Close' : 'Fermer');
    close.addEventListener('click', function () { hide(pop, call); });
    pop.appendChild(close);
    var number = note.querySelector('.note-number');
    var body = note.querySelector('.note-body');
    var head = document.createElement('p');
    head.className = 'note-popover-number';
    head.textContent = number ? number.textContent : '';
    pop.appendChild(head);
    var copy = body.cloneNode(true);
    copy.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
    pop.appendChild(copy);
    pop.setAttribute('aria-label', call.getAttribute('aria-label') || '');
    if (pop.showPopover) {
      if (pop.matches(':popover-open')) { pop.hidePopover(); }
      pop.showPopover();
      var r = call.getBoundingClientRect();
      pop.style.position = 'fixed';
      pop.style.margin = '0';
      pop.style.left = Math.max(8, Math.min(r.left, window.innerWidth - pop.offsetWidth - 8)) + 'px';
      pop.style.top = Math.min(r.bottom + 6, window.innerHeight - pop.offsetHeight - 8) + 'px';
    } else {
      pop.hidden = false;
    }
    close.focus();
    pop.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(pop, call); } });
    return true;
  }
  function hide(pop, call) {
    if (pop.hidePopover && pop.matches(':popover-open')) { pop.hidePopover(); } else { pop.hidden = true; }
    call.focus();
  }
  document.addEventListener('click', function (e) {
    var call = e.target.closest && e.target.closest('a.noteref');
    if (call && openNote(call)) { e.preventDefault(); }
  });

  // ---- "As in the source": shows every reading of the source at once.
  // The view chosen holds from one page of a text in parts to the next (for the session; the
  // key is the text's first page).
  document.querySelectorAll('button.source-switch').forEach(function (button) {
    button.hidden = false;
    function show(on) {
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      document.body.classList.toggle('as-source', on);
      button.textContent = on ? button.dataset.on : button.dataset.off;
    }
    var key = 'edition-as-source:' + location.pathname.replace(/(-p\d+)?\.html$/, '');
    var kept = null;
    try { kept = window.sessionStorage.getItem(key); } catch (e) { kept = null; }
    if (kept === 'yes' && document.body.classList.contains('text-in-parts')) { show(true); }
    button.addEventListener('click', function () {
      var on = button.getAttribute('aria-pressed') !== 'true';
      show(on);
      try { window.sessionStorage.setItem(key, on ? 'yes' : 'no'); } catch (e) { /* a browser that keeps nothing */ }
    });
  });

  // ---- A critical apparatus: the text read as one witness reads it (its readings where the
  // apparatus records one, the lemma elsewhere; its page breaks only; where it begins and ends),
  // and the kinds of variant the apparatus shows. The page reads without it: the lemma in the
  // text, every reading in the apparatus.
  document.querySelectorAll('.apparatus-tools').forEach(function (tools) {
    tools.hidden = false;
    var choice = tools.querySelector('select.read-as');
    function has(element, witness) {
      return (' ' + (element.getAttribute('data-wit') || '') + ' ').indexOf(' ' + witness + ' ') >= 0;
    }
    function readAs(witness) {
      document.body.classList.toggle('as-witness', !!witness);
      document.querySelectorAll('.app').forEach(function (app) {
        var readings = Array.prototype.filter.call(app.children, function (c) { return c.classList.contains('reading'); });
        var chosen = witness && readings.filter(function (r) { return has(r, witness); })[0] || readings[0];
        readings.forEach(function (r) { r.hidden = r !== chosen; });
        app.classList.toggle('witness-differs', !!witness && chosen !== readings[0]);
      });
      document.querySelectorAll('.wit-mark').forEach(function (mark) { mark.hidden = !witness || !has(mark, witness); });
      document.querySelectorAll('.witness-pb').forEach(function (pb) {
        pb.hidden = !!witness && (' ' + pb.getAttribute('data-ed') + ' ').indexOf(' ' + witness + ' ') < 0;
      });
    }
    if (choice) {
      choice.addEventListener('change', function () { readAs(choice.value); });
      if (choice.value) { readAs(choice.value); }
    }
    var types = tools.querySelectorAll('.variant-types input[type=checkbox]');
    function filter() {
      var hidden = {};
      types.forEach(function (box) { if (!box.checked) { hidden[box.value] = true; } });
      document.querySelectorAll('.app-reading[data-type]').forEach(function (r) { r.hidden = !!hidden[r.getAttribute('data-type')]; });
      document.querySelectorAll('.app-entry, .app').forEach(function (e) {
        var kinds = (e.getAttribute('data-types') || '').split(' ').filter(Boolean);
        var shown = kinds.length === 0 || kinds.some(function (k) { return !hidden[k]; });
        if (e.classList.contains('app')) {
          var mark = e.querySelector(':scope > .app-mark');
          if (mark) { mark.hidden = !shown; }
        } else {
          e.hidden = !shown;
        }
      });
    }
    types.forEach(function (box) { box.addEventListener('change', filter); });
  });

  // ---- Cite box: today's date and this page's address when the build did not know it.
  var today = new Date();
  document.querySelectorAll('.access-date').forEach(function (e) {
    e.textContent = today.toLocaleDateString((e.closest('[lang]') || document.documentElement).lang || 'fr', { day: 'numeric', month: 'long', year: 'numeric' });
  });
  document.querySelectorAll('.cite-address').forEach(function (e) {
    if (!e.dataset.url && /^https?:$/.test(location.protocol)) {
      e.querySelector('.cite-url').textContent = location.href.replace(/#.*$/, '');
      e.hidden = false;
    }
  });
  // ---- A letter's neighbours by date (nav/ID.js, written with the edition's pages), where the
  // encoder named none.
  var sequence = document.querySelector('nav.letter-sequence[data-nav]');
  if (sequence) {
    window.EditionLetters = function (data) {
      ['correspondence', 'edition'].forEach(function (scope) {
        ['previous', 'next'].forEach(function (direction) {
          var slot = sequence.querySelector('.letter-' + scope + '-' + direction);
          var letter = data[scope + '-' + direction];
          if (!slot || !letter || slot.firstElementChild) { return; }
          var a = document.createElement('a');
          a.href = letter.url;
          a.rel = direction === 'previous' ? 'prev' : 'next';
          a.textContent = slot.dataset.label + letter.title;
          slot.appendChild(a);
        });
      });
    };
    var nav = document.createElement('script');
    nav.src = sequence.dataset.nav;
    document.head.appendChild(nav);
  }

  // ---- The map: the places of the list below it, as markers on the outline of the world
  // (assets/world.js), or on the tiles the edition names.
  var mapBox = document.getElementById('map');
  var places = document.querySelectorAll('#map-places li[data-lat]');
  if (mapBox && window.L && places.length > 0) {
    var map = window.L.map(mapBox, { worldCopyJump: true, attributionControl: true });
    // the view first: a layer is drawn for the view it is added to
    var bounds = Array.prototype.map.call(places, function (li) { return [Number(li.dataset.lat), Number(li.dataset.lon)]; });
    if (bounds.length === 1) { map.setView(bounds[0], 6); } else { map.fitBounds(bounds, { padding: [60, 60], maxZoom: 8 }); }
    if (mapBox.dataset.tiles) {
      window.L.tileLayer(mapBox.dataset.tiles, { maxZoom: 18 }).addTo(map);
    } else if (window.EDITION_WORLD) {
      // echarts' outline names its features by their geometry alone
      window.EDITION_WORLD.features.forEach(function (f) { f.type = 'Feature'; });
      window.L.geoJSON(window.EDITION_WORLD, { style: { color: '#8a8a8a', weight: 0.6, fillColor: '#ece8df', fillOpacity: 1 }, interactive: false }).addTo(map);
      map.attributionControl.addAttribution('Outline: Apache ECharts world map');
    }
    places.forEach(function (li, i) {
      var at = bounds[i];
      var popup = document.createElement('div');
      popup.className = 'map-popup';
      Array.prototype.forEach.call(li.children, function (c) { popup.appendChild(c.cloneNode(true)); popup.appendChild(document.createTextNode(' ')); });
      // Leaflet writes a string it is given as HTML: the name goes as an element holding it as
      // text (a place named "<img onerror=...>" is shown as written, never made markup).
      var tooltip = document.createElement('span');
      tooltip.textContent = li.querySelector('a.place').textContent;
      var marker = window.L.circleMarker(at, { radius: 6, color: '#7a1f1f', weight: 2, fillColor: '#c0392b', fillOpacity: 0.8 });
      marker.bindPopup(popup).bindTooltip(tooltip);
      marker.addTo(map);
    });
  }
}());
