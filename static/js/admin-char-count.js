// The summary box of the offer form: « 123 caractères sur 300 », read out when the user pauses typing.
// Without JavaScript the help text says the limit and the browser stops at it (maxlength).
(function () {
  "use strict";
  function attach(field) {
    var max = parseInt(field.getAttribute("maxlength"), 10);
    if (!max) { return; }
    var counter = document.createElement("p");
    counter.className = "char-count";
    counter.id = field.id + "_count";
    counter.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", counter);
    var described = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", (described ? described + " " : "") + counter.id);
    var timer = null;
    function update() {
      var length = field.value.length;
      counter.textContent = length + " caractère" + (length > 1 ? "s" : "") + " sur " + max +
        " (reste " + Math.max(0, max - length) + ")";
      counter.classList.toggle("over", length >= max);
    }
    update();
    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 400);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-char-count]").forEach(attach);
  });
})();
