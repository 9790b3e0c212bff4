var vm = require('vm');
var sandbox = { a: 1 };
vm.runInNewContext('var b = 2; this.c = 3; Object.defineProperty(this, "hidden", { value: 4, enumerable: false });', sandbox);
console.log(Object.keys(sandbox).sort());
