var vm = require('vm');
var script = new vm.Script('x = (typeof x === "number" ? x : 0) + n; x');
var a = { n: 1 }, b = { n: 10 };
console.log(script.runInNewContext(a), script.runInNewContext(a), script.runInNewContext(b));
console.log(a, b);
