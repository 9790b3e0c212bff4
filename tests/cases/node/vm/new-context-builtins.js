var vm = require('vm');
var arr = vm.runInNewContext('[1, 2, 3]');
console.log(arr instanceof Array, Array.isArray(arr), arr.length);
console.log(vm.runInNewContext('JSON.stringify({ x: Math.max(1, 5) })'));
console.log(vm.runInNewContext('Array.prototype.hello = 1; [].hello'), [].hello);
