var vm = require('vm');
try {
  vm.runInThisContext('throw new RangeError("boom")');
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
try {
  vm.runInThisContext('notDefinedAnywhere');
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
