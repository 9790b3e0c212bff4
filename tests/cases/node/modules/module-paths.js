// module.paths and Module._nodeModulePaths list node_modules folders up to the root.
var Module = require('module');
var path = require('path');
console.log(Module._nodeModulePaths('/a/b/c'));
console.log(Module._nodeModulePaths('/a/node_modules/b'));
console.log(Module._nodeModulePaths('/'));
console.log(JSON.stringify(module.paths) === JSON.stringify(Module._nodeModulePaths(__dirname)));
