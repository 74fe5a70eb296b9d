// Progressive enhancement of the results and catalogue pages (templates/guidance/alerts/ includes). Without
// JavaScript the link stays a selectable read-only field and printing is the browser's command; with it, a
// print button and (where the clipboard API is available) a copy button are added.
(function () {
  "use strict";

  function button(label) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "button";
    element.textContent = label;
    return element;
  }

  function enhance() {
    document.querySelectorAll("[data-print-label]:not([data-enhanced])").forEach(function (list) {
      list.setAttribute("data-enhanced", "");
      var item = document.createElement("li");
      var print = button(list.getAttribute("data-print-label"));
      print.setAttribute("data-print", "");
      item.appendChild(print);
      list.appendChild(item);
    });
    if (!(navigator.clipboard && window.isSecureContext)) {
      return; // no clipboard API (plain http): the field stays selectable
    }
    document.querySelectorAll("[data-copy-slot]:not([data-enhanced])").forEach(function (slot) {
      slot.setAttribute("data-enhanced", "");
      var copy = button(slot.getAttribute("data-label"));
      copy.setAttribute("data-copy", slot.getAttribute("data-copy-slot"));
      copy.setAttribute("data-done", slot.getAttribute("data-done"));
      slot.appendChild(copy);
    });
  }

  function say(target, text) {
    var status = target.closest(".copy-link").querySelector(".copy-status");
    if (status) {
      status.textContent = text;
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-print], [data-copy], [data-alert-link]");
    if (!target) {
      return;
    }
    if (target.hasAttribute("data-print")) {
      window.print();
    } else if (target.hasAttribute("data-copy")) {
      var field = document.getElementById(target.getAttribute("data-copy"));
      navigator.clipboard.writeText(field.value).then(
        function () { say(target, target.getAttribute("data-done")); },
        function () { field.select(); }
      );
    } else {
      // The catalogue's filters may have changed the address without a reload (htmx): take the current one.
      var query = window.location.search.replace(/^\?/, "");
      target.href = target.getAttribute("data-alert-link") + (query ? "&" + query : "");
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
