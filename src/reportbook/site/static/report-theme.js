/* The dark-mode switch. The page's <head> has set data-theme already (before painting, from
   the reader's stored choice or their system's setting); this keeps the button in step,
   stores a choice the reader makes, and follows the system while the reader has made none. */
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const root = document.documentElement;
  const button = document.querySelector("button.report-theme");
  const system = matchMedia("(prefers-color-scheme: dark)");
  const stored = () => { try { return localStorage.getItem("report-theme"); } catch (e) { return null; } };
  const show = (theme) => {
    root.dataset.theme = theme;
    if (button) button.setAttribute("aria-pressed", String(theme === "dark"));
  };
  show(stored() || (system.matches ? "dark" : "light"));
  system.addEventListener("change", () => { if (!stored()) show(system.matches ? "dark" : "light"); });
  if (!button) return;
  button.addEventListener("click", () => {
    const theme = root.dataset.theme === "dark" ? "light" : "dark";
    try { localStorage.setItem("report-theme", theme); } catch (e) { /* private mode: not kept */ }
    show(theme);
  });
});
