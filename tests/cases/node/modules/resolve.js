// require.resolve: absolute file names for files, the name for core modules.
var path = require('path');
function rel(p) { return path.relative(__dirname, p); }
console.log(rel(require.resolve('./fixtures/simple')), rel(require.resolve('./fixtures/simple.js')));
console.log(rel(require.resolve('./fixtures/dirindex')), rel(require.resolve('./fixtures/dirjson')));
console.log(rel(require.resolve('./fixtures/pkg-main')), rel(require.resolve('./fixtures/data/config')));
console.log(require.resolve('path'), require.resolve('node:url'));
console.log(require.resolve.paths('path'), require.resolve.paths('./x').map(rel));
var paths = require.resolve.paths('some-package');
console.log(paths[0] === path.join(__dirname, 'node_modules'), paths.length > module.paths.length);
console.log(rel(require.resolve('./simple', { paths: [path.join(__dirname, 'fixtures')] })));
try {
  require.resolve('./fixtures/none');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require.resolve(5);
} catch (e) {
  console.log(e.code, e.message);
}
