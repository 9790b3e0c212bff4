// breakLength decides when objects and arrays wrap.
var util = require('util');
var o = { first: 'value one', second: 'value two', third: 'value three' };
[20, 40, 60, 80, 120].forEach(function (n) { console.log(n, util.inspect(o, { breakLength: n })); });
var arr = [];
for (var i = 0; i < 26; i++) arr.push(String.fromCharCode(97 + i).repeat(i % 5 + 1));
console.log(util.inspect(arr, { breakLength: 40 }));
console.log(util.inspect(arr, { breakLength: 120 }));
