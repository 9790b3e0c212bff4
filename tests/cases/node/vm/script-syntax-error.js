var vm = require('vm');
try {
  new vm.Script('if (', { filename: 'broken.js' });
  console.log('no error');
} catch (e) {
  console.log(e instanceof SyntaxError, e.name);
}
