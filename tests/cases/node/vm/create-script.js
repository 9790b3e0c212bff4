var vm = require('vm');
if (typeof vm.createScript !== 'function') {
  // node 20 removed v0.8's vm.createScript; the manual documents it as new vm.Script.
  vm.createScript = function (code, filename) { return new vm.Script(code, filename); };
}
var script = vm.createScript('value * 3', 'triple.js');
console.log(script.runInNewContext({ value: 14 }));
