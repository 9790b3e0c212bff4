var vm = require('vm');
var plain = {};
console.log(vm.isContext(plain));
var made = vm.createContext(plain);
console.log(made === plain, vm.isContext(plain), vm.isContext(vm.createContext()));
try {
  vm.isContext('nope');
} catch (e) {
  console.log(e.name, e.code);
}
