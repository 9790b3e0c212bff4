var vm = require('vm');
var context = vm.createContext({ count: 0 });
vm.runInContext('count += 1; var seen = true;', context);
vm.runInContext('count += 1', context);
console.log(context.count, context.seen);
console.log(vm.runInContext('typeof seen', context));
