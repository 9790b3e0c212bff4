var vm = require('vm');
global.counter = 0;
var script = new vm.Script('counter += 1; counter', { filename: 'counter.js' });
console.log(script.runInThisContext(), script.runInThisContext(), global.counter);
console.log(script instanceof vm.Script);
