var vm = require('vm');
function run() {
  var inner = 'not visible';
  return vm.runInThisContext('typeof inner');
}
console.log(run());
console.log(vm.runInThisContext('this === globalThis'));
