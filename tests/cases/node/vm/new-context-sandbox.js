var vm = require('vm');
var sandbox = { a: 1, b: 'two' };
var result = vm.runInNewContext('var c = a + 1; d = b + "!"; c * 10', sandbox);
console.log(result, sandbox);
