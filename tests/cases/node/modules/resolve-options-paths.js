// require.resolve with options.paths looks only from those folders.
var path = require('path');
var fixtures = path.join(__dirname, 'fixtures');
console.log(path.relative(__dirname, require.resolve('up-pkg', { paths: [fixtures] })));
console.log(path.relative(__dirname, require.resolve('./dirindex', { paths: [fixtures, __dirname] })));
try {
  require.resolve('up-pkg', { paths: ['/'] });
} catch (e) {
  console.log(e.code);
}
