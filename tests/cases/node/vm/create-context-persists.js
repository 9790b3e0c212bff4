var vm = require('vm');
var context = vm.createContext({});
vm.runInContext('function counter() { return ++counter.n; } counter.n = 0;', context);
console.log(vm.runInContext('counter() + counter()', context));
console.log(context.counter.n);
