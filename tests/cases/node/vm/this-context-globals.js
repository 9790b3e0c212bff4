var vm = require('vm');
var local = 'local';
global.shared = 5;
console.log(vm.runInThisContext('typeof local'));
console.log(vm.runInThisContext('shared * 2'));
vm.runInThisContext('var declared = 7; implicit = 8;');
console.log(global.declared, global.implicit);
