// compact: number of inner levels that may share a line.
var util = require('util');
var o = { a: { b: { c: { d: 1 } } }, e: [1, 2, 3] };
[0, 1, 2, 3, false, true].forEach(function (compact) {
  console.log(String(compact) + ':', util.inspect(o, { compact: compact, depth: 5 }));
});
