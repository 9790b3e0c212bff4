// Module.prototype._compile runs source text as a module of its own.
var Module = require('module');
var path = require('path');
var m = new Module(path.join(__dirname, 'virtual.js'), module);
m.filename = path.join(__dirname, 'virtual.js');
m.paths = Module._nodeModulePaths(__dirname);
m._compile('exports.answer = 6 * 7; exports.name = require("path").basename(__filename); exports.hasRequire = typeof require;', m.filename);
console.log(m.exports);
