var vm = require('vm');
try {
  vm.runInNewContext('throw new TypeError("inner")', {});
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message);
}
try {
  vm.runInNewContext('missing', {});
} catch (e) {
  console.log(e instanceof ReferenceError, e.name, e.message);
}
try {
  vm.runInNewContext('(', {});
} catch (e) {
  console.log(e instanceof SyntaxError, e.name);
}
