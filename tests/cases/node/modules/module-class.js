// require('module'): the Module class behind every module object.
var Module = require('module');
console.log(typeof Module, module instanceof Module, module.constructor === Module, Module.Module === Module);
['_cache', '_extensions', '_load', '_resolveFilename', 'builtinModules', 'createRequire', 'wrap', 'wrapper', 'isBuiltin', '_nodeModulePaths', 'globalPaths'].forEach(function (k) {
  console.log(k, typeof Module[k]);
});
console.log(Module.wrapper);
console.log(Module.wrap('return 1;'));
console.log(Module.builtinModules.indexOf('path') >= 0, Module.builtinModules.indexOf('url') >= 0, Module.builtinModules.indexOf('module') >= 0);
console.log(Module.builtinModules.some(function (n) { return n.indexOf('internal/') === 0; }));
console.log(Module.isBuiltin('path'), Module.isBuiltin('node:path'), Module.isBuiltin('nope'), Module.isBuiltin('internal/url'));
console.log(require('node:module') === Module);
var m = new Module('custom-id', module);
console.log(m.id, m.filename, m.loaded, m.exports, m.parent === module, m instanceof Module);
