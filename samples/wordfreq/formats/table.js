'use strict';

const pad = require('tally/lib/pad');

module.exports = function table(entries, total) {
  const width = entries.reduce((w, e) => Math.max(w, e.key.length), 4);
  const lines = [pad.right('word', width) + '  count  share'];
  entries.forEach(({ key, count }) => {
    lines.push(`${pad.right(key, width)}  ${pad.left(String(count), 5)}  ${(100 * count / total).toFixed(1)}%`);
  });
  return lines.join('\n');
};
