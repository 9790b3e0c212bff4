// module.createRequire makes a require that resolves from any file.
var Module = require('module');
var path = require('path');
var req = Module.createRequire(path.join(__dirname, 'fixtures', 'anything.js'));
console.log(req('./simple').name, req('./simple') === require('./fixtures/simple'));
console.log(path.relative(__dirname, req.resolve('./dirindex')));
var fromDir = Module.createRequire(path.join(__dirname, 'fixtures') + '/');
console.log(fromDir('./dirindex'));
var fromUrl = Module.createRequire(require('url').pathToFileURL(path.join(__dirname, 'fixtures', 'x.js')).href);
console.log(fromUrl('./dirjson').from);
console.log(typeof req.cache, req.cache === require.cache, Object.keys(req));
try {
  Module.createRequire('relative/path.js');
} catch (e) {
  console.log(e.name, e.code);
}
