// Arrays nested in objects inherit the indentation.
var util = require('util');
var o = { list: [], matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] };
for (var i = 0; i < 30; i++) o.list.push('entry' + i);
console.log(util.inspect(o));
console.log(util.inspect({ outer: { inner: o.list.slice(0, 10) } }));
