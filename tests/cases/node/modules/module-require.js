// module.require loads as if require() were called from that module.
var viaModule = module.require('./fixtures/simple');
console.log(viaModule === require('./fixtures/simple'), viaModule.name);
var child = require('./fixtures/loaded-flag').module;
console.log(child.require('./simple') === viaModule);
console.log(typeof module.require, module.require === require('module').prototype.require);
