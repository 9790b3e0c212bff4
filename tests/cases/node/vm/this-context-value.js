var vm = require('vm');
console.log(vm.runInThisContext('1 + 2'));
console.log(vm.runInThisContext('"a" + "b"', 'file.js'));
console.log(vm.runInThisContext('[1, 2].map(function (x) { return x * 2; })'));
