// require.main is the main module: true here, false inside a required file.
console.log(require.main === module, module.id);
var simple = require('./fixtures/simple');
console.log(simple.isMain, simple.mainIsParent, simple.thisIsExports, simple.argCount, simple.filename, simple.dirname);
console.log(process.mainModule === module);
