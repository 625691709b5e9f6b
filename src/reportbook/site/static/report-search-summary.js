/* A search result's summary never starts or ends inside a number. Sphinx's makeSearchSummary
   shows 240 characters of the page's text from 120 before the first hit, wherever they fall:
   a translation padded by a few words puts the cut inside 76 (…增长至7...), or leaves …76家
   of 176家. This is Sphinx's summary with each end moved out of the number it would cut, as
   the translation checks read one: the number reader's own pattern (NumberReader.spans),
   written for JavaScript by the build (site/search.py) into this script's data-numbers.
   Where one block of the page ends and the next begins, the summary breaks its line, as the
   page shows them apart: Sphinx's text runs them together, and two blocks' edges read as a
   word neither has (年逾古 + 稀 is 古稀, "past seventy": red team 42).
   Loaded on the search page after searchtools.js. */
"use strict";
(() => {
  const data = document.currentScript.dataset;
  const NUMBERS = new RegExp(data.numbers, data.flags + "g");
  // Python's case-insensitive "i" matches İ and ı too; JavaScript's does not. One character
  // for one, so that a match's place is the text's.
  const asPython = (text) => text.replace(/[\u0130\u0131]/g, "i");
  const CONTEXT = 120; // Sphinx's: characters before the hit, and all shown
  const LENGTH = 240;

  // Elements that stand as blocks: text in another one than the text before it starts a line.
  const BLOCK =
    "p, li, dt, dd, div, section, table, tr, th, td, caption, figure, figcaption, " +
    "blockquote, pre, h1, h2, h3, h4, h5, h6";

  // Sphinx's text as shown: each white space a space, and a line break where a block ends
  // and the next begins (a term and its definition touch in Sphinx's text: 斑马此处…). With
  // ``at``, where each place of Sphinx's text is in it.
  const withLineBreaks = (htmlText, anchor, text) => {
    const page = new DOMParser().parseFromString(htmlText, "text/html");
    page.querySelectorAll(".headerlink, script, style").forEach((el) => el.remove());
    const main =
      (anchor && page.querySelector(`[role="main"] ${anchor}`)) ||
      page.querySelector('[role="main"]');
    if (!main || main.textContent !== text) return { shown: text, at: null }; // not Sphinx's
    let shown = "";
    let block = null;
    const at = [];
    const walker = page.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const own = node.parentElement.closest(BLOCK);
      if (block !== null && own !== block && !/\n *$/.test(shown)) shown += "\n";
      block = own;
      for (let i = 0; i < node.data.length; i++) {
        at.push(shown.length);
        shown += /\s/.test(node.data[i]) ? " " : node.data[i];
      }
    }
    at.push(shown.length);
    return { shown, at };
  };

  Search.makeSearchSummary = (htmlText, keywords, anchor) => {
    const text = Search.htmlToText(htmlText, anchor);
    if (text === "") return null;
    const { shown, at } = withLineBreaks(htmlText, anchor, text);
    const textLower = text.toLowerCase();
    const hit = [...keywords]
      .map((k) => textLower.indexOf(k.toLowerCase()))
      .filter((i) => i > -1)
      .slice(-1)[0];
    // No hit (a stemmed word the text does not hold: "industri"): the page's start, where
    // Sphinx computed NaN and showed the start after a "..." and with none after it.
    let start = Math.max((hit ?? 0) - CONTEXT, 0);
    let end = start + LENGTH;
    for (const number of asPython(text).matchAll(NUMBERS)) {
      const from = number.index;
      const to = from + number[0].length;
      if (from >= end) break;
      if (from < start && start < to) start = from;
      if (from < end && end < to) end = to;
    }
    const summary = document.createElement("p");
    summary.classList.add("context");
    summary.textContent =
      (start > 0 ? "..." : "") +
      (at ? shown.substring(at[start], at[end]) : text.substring(start, end)).trim() +
      (end < text.length ? "..." : "");
    return summary;
  };
})();
