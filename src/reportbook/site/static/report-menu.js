/* On a narrow screen the sidebar (the book's contents and the search) is a menu that the
   "Menu" button opens and closes. Escape, a click outside it or following one of its links
   closes it; focus goes into the menu when it opens and back to the button when it closes. */
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const button = document.querySelector("button.report-menu");
  const menu = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!menu) return;
  const isOpen = () => button.getAttribute("aria-expanded") === "true";
  const setOpen = (open, restoreFocus) => {
    button.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("report-open", open);
    if (open) {
      const first = menu.querySelector('[aria-current="page"]') || menu.querySelector("a[href]");
      if (first) first.focus();
    } else if (restoreFocus) {
      button.focus();
    }
  };
  button.addEventListener("click", () => setOpen(!isOpen(), false));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && isOpen()) setOpen(false, true);
  });
  document.addEventListener("click", (event) => {
    if (isOpen() && !menu.contains(event.target) && !button.contains(event.target)) {
      setOpen(false, false);
    }
  });
  menu.addEventListener("click", (event) => {
    if (event.target.closest("a[href]") && isOpen()) setOpen(false, false);
  });
  // Growing the window past the narrow layout leaves no menu open behind the sidebar.
  // The width is report.css's, where the sidebar stops standing beside the text.
  const narrow = matchMedia("(max-width: 1000px)");
  narrow.addEventListener("change", () => { if (!narrow.matches) setOpen(false, false); });
});
