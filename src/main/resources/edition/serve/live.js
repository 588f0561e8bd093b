// edition serve: reloads the page when a build has finished, and shows the problems the last
// build found in the edition's files. Added to every page by the preview server, never to a
// built site.
(function () {
  "use strict";
  var shown = null;

  function show(status) {
    if (shown) {
      shown.remove();
      shown = null;
    }
    var lines = status.failure ? [status.failure] : status.problems;
    if (!lines.length) {
      return;
    }
    var box = document.createElement("aside");
    box.id = "edition-preview-problems";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;bottom:0;left:0;right:0;max-height:40vh;overflow:auto;" +
      "margin:0;padding:.6em 1em;background:#fff4f0;color:#5a1400;border-top:3px solid #b3261e;" +
      "font:13px/1.4 monospace;z-index:10000;white-space:pre-wrap";
    var title = document.createElement("strong");
    title.textContent = status.failure ? "The build failed:" :
      lines.length + (lines.length === 1 ? " problem" : " problems") + " in the edition's files:";
    box.appendChild(title);
    lines.forEach(function (line) {
      var p = document.createElement("div");
      p.textContent = line;
      box.appendChild(p);
    });
    document.body.appendChild(box);
    shown = box;
  }

  function status() {
    return fetch("/_edition/status", { cache: "no-store" }).then(function (r) { return r.json(); });
  }

  var seen = null;
  status().then(function (s) { seen = s.build; show(s); });
  var events = new EventSource("/_edition/events");
  events.addEventListener("built", function (e) {
    if (seen !== null && String(seen) !== e.data) {
      location.reload();
    }
  });
})();
