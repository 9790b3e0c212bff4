var vm = require('vm');
var log = [];
var sandbox = { add: function (x) { log.push(x); } };
vm.runInNewContext('add(1); add(2); function twice(n) { return n * 2; }', sandbox);
console.log(log, typeof sandbox.twice, sandbox.twice(21));
