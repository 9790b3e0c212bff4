var vm = require('vm');
var sandbox = { keep: 1, drop: 2 };
vm.runInNewContext('delete drop; keep++', sandbox);
console.log(sandbox);
