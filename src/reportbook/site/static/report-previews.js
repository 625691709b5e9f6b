/* Previews: a link to a glossary term, a person or an organisation shows the entry's text in
   a popup (role="tooltip", named by the link's aria-describedby) while the pointer is over the
   link or the link has the keyboard focus. Escape hides it. On a touch screen the first tap
   shows the preview and the second follows the link. The texts are window.reportPreviews,
   written at build time (site/previews.py), keyed by the address relative to the site root. */
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const previews = window.reportPreviews;
  if (!previews) return;
  const root = new URL(document.documentElement.dataset.content_root || "./", location.href).href;
  const entryOf = (link) => {
    const href = link.href;
    return href.startsWith(root) ? previews[decodeURI(href.slice(root.length))] : undefined;
  };
  const links = [...document.querySelectorAll('[role="main"] a[href]')].filter(entryOf);
  if (!links.length) return;

  const tip = document.createElement("div");
  tip.id = "report-preview";
  tip.className = "report-preview";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.append(tip);
  let owner = null;

  const place = (link) => {
    const box = link.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const left = Math.max(8, Math.min(box.left, width - tip.offsetWidth - 8));
    const below = box.bottom + 6;
    const fits = below + tip.offsetHeight <= innerHeight || box.top - tip.offsetHeight - 6 < 0;
    tip.style.left = `${left + scrollX}px`;
    tip.style.top = `${(fits ? below : box.top - tip.offsetHeight - 6) + scrollY}px`;
  };
  const show = (link) => {
    const entry = entryOf(link);
    if (owner && owner !== link) hide();
    const title = document.createElement("strong");
    title.textContent = entry.title;
    const text = document.createElement("span");
    text.textContent = entry.text;
    tip.replaceChildren(title, " ", text);
    tip.lang = link.closest("[lang]")?.lang || "";
    tip.hidden = false;
    link.setAttribute("aria-describedby", tip.id);
    owner = link;
    place(link);
  };
  const hide = () => {
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
    tip.hidden = true;
  };

  let touched = false;
  for (const link of links) {
    link.classList.add("report-has-preview");
    link.addEventListener("mouseenter", () => show(link));
    // The pointer may move onto the popup (to read or select it) without it going away.
    link.addEventListener("mouseleave", () => setTimeout(() => {
      if (owner === link && document.activeElement !== link && !tip.matches(":hover")) hide();
    }, 200));
    link.addEventListener("focus", () => show(link));
    link.addEventListener("blur", () => { if (owner === link) hide(); });
    link.addEventListener("pointerdown", (event) => { touched = event.pointerType === "touch"; });
    link.addEventListener("click", (event) => {
      // A tap that has not shown this preview yet shows it; the next tap follows the link.
      if (touched && link.dataset.previewShown !== "yes") {
        event.preventDefault();
        show(link);
        for (const other of links) delete other.dataset.previewShown;
        link.dataset.previewShown = "yes";
      }
    });
  }
  tip.addEventListener("mouseleave", () => { if (owner && document.activeElement !== owner) hide(); });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });
  document.addEventListener("pointerdown", (event) => {
    if (owner && !owner.contains(event.target)) {
      for (const other of links) delete other.dataset.previewShown;
      hide();
    }
  });
});
