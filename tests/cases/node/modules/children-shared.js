// A cached module is added to the children of every module that requires it.
var path = require('path');
require('./fixtures/simple');
var flag = require('./fixtures/loaded-flag');
flag.module.require('./simple');
console.log(module.children.map(function (m) { return path.basename(m.filename); }));
console.log(flag.module.children.map(function (m) { return path.basename(m.filename); }));
console.log(flag.module.children[0] === module.children[0]);
