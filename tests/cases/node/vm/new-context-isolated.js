var vm = require('vm');
console.log(vm.runInNewContext('typeof require'), vm.runInNewContext('typeof process'));
console.log(vm.runInNewContext('Object') === Object, vm.runInNewContext('Array.isArray([])'));
vm.runInNewContext('leak = 1');
console.log(typeof leak);
