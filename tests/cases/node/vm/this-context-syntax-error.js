var vm = require('vm');
try {
  vm.runInThisContext('var = 1', 'bad.js');
} catch (e) {
  console.log(e instanceof SyntaxError, e.name);
}
