'use strict';

exports.parse = function (args) {
  const result = { format: 'table', top: 5, words: [] };
  args.forEach(function (arg) {
    const m = /^--(\w+)=(.*)$/.exec(arg);
    if (!m) {
      result.words.push(arg);
    } else if (m[1] === 'top') {
      result.top = parseInt(m[2], 10);
    } else {
      result[m[1]] = m[2];
    }
  });
  return result;
};
