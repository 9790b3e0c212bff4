// The module object's own properties and the parent/children links.
var path = require('path');
console.log(Object.keys(module));
console.log(module.id, path.basename(module.filename), module.path === __dirname, module.loaded, module.parent);
console.log(module.paths[0] === path.join(__dirname, 'node_modules'), module.paths[module.paths.length - 1]);
var child = require('./fixtures/loaded-flag');
console.log(module.children.length, module.children[0].exports === child, child.module.parent === module);
console.log(child.module.id === child.module.filename, path.relative(__dirname, child.module.id));
console.log(child.loadedWhileRunning, child.module.loaded);
setTimeout(function () {
  console.log('main loaded later:', module.loaded);
}, 0);
