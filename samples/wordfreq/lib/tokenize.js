'use strict';

// Lower-cased words: runs of letters, digits and apostrophes.
module.exports = function tokenize(text) {
  const words = [];
  const re = /[a-z0-9']+/gi;
  let match;
  while ((match = re.exec(text)) !== null) {
    const word = match[0].replace(/^'+|'+$/g, '').toLowerCase();
    if (word.length > 0) words.push(word);
  }
  return words;
};
