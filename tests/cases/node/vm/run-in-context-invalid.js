var vm = require('vm');
try {
  vm.runInContext('1', {});
} catch (e) {
  console.log(e.name, e.code);
}
