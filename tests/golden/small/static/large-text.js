// Remembers the large-text mode between pages. The mode itself is a plain
// checkbox and works without this script; this only keeps it switched on.
(function () {
  "use strict";
  var KEY = "gongkai-large-text";
  var box = document.getElementById("large-text");
  if (!box) return;
  try {
    if (window.localStorage.getItem(KEY) === "1") box.checked = true;
    box.addEventListener("change", function () {
      window.localStorage.setItem(KEY, box.checked ? "1" : "0");
    });
  } catch (e) {
    // Storage can be disabled (private mode, kiosk policy): the toggle still works per page.
  }
})();
