// claimledger: small additions to pages that already read without JavaScript.
// No inline handlers (the Content-Security-Policy forbids them); text is only ever set with
// textContent, never innerHTML.
(function () {
  "use strict";

  // The annotated article: clicking a sentence marks it and its entry in the side panel.
  function linkSentences() {
    var text = document.getElementById("text");
    if (!text) return;
    text.addEventListener("click", function (event) {
      var target = event.target.closest("a.s");
      if (!target) return;
      document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
      var id = target.getAttribute("data-s");
      document.querySelectorAll('a.s[data-s="' + CSS.escape(id) + '"]').forEach(function (el) { el.classList.add("active"); });
      var entry = document.getElementById("why-" + id);
      if (entry) {
        var folded = entry.closest("details");
        if (folded) folded.open = true;  // a long list starts folded
        entry.classList.add("active");
        entry.scrollIntoView({ block: "nearest" });
      }
    });
  }

  // The legend: clicking a kind switches its colour off and on.
  function toggleKinds() {
    var legend = document.getElementById("legend");
    var text = document.getElementById("text");
    if (!legend || !text) return;
    legend.addEventListener("click", function (event) {
      var item = event.target.closest("[data-kind]");
      if (!item) return;
      item.classList.toggle("off");
      text.classList.toggle("hide-" + item.getAttribute("data-kind"));
    });
  }

  // A link to #why-… (from the events page, say) unfolds the list it points into.
  function unfoldTarget() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    var folded = target && target.closest("details");
    if (folded && !folded.open) { folded.open = true; target.scrollIntoView({ block: "nearest" }); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    unfoldTarget();
    window.addEventListener("hashchange", unfoldTarget);
    linkSentences();
    toggleKinds();
    document.documentElement.setAttribute("data-js", "ready");
  });
})();
