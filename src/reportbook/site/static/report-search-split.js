/* Splits a search query the way the index was split. Sphinx's search page splits a query
   only at spaces and punctuation, but a Chinese (or Japanese) text has no spaces: the index
   holds the words jieba found in the pages, and a query such as 智能制造发展 is one "word"
   that no page has. Each run of Han characters is cut here by longest match against the
   index's own terms (a character no term starts with stays on its own); any other text is
   left to Sphinx's splitter. Loaded on the search page after searchtools.js. */
"use strict";
(() => {
  const sphinxSplit = splitQuery;
  const HAN_RUN = /(\p{Script=Han}+)/u;
  const LONGEST = 12; // characters; longer than any word jieba keeps
  const known = (word) => {
    const index = Search._index;
    return !!index && (Object.hasOwn(index.terms, word) || Object.hasOwn(index.titleterms, word));
  };
  const cut = (run) => {
    const words = [];
    for (let start = 0; start < run.length; ) {
      let end = Math.min(run.length, start + LONGEST);
      while (end > start + 1 && !known(run.slice(start, end))) end -= 1;
      words.push(run.slice(start, end));
      start = end;
    }
    return words;
  };
  splitQuery = (query) =>
    query
      .split(HAN_RUN)
      .flatMap((part, i) => (i % 2 ? cut(part) : sphinxSplit(part)))
      .filter((term) => term);
})();
