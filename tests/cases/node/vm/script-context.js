var vm = require('vm');
var script = new vm.Script('items.push(items.length); items.length');
var context = vm.createContext({ items: [] });
script.runInContext(context);
script.runInContext(context);
console.log(script.runInContext(context), context.items);
