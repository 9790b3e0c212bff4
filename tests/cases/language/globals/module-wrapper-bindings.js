// The CommonJS wrapper provides exports, require, module, __filename and __dirname as locals.
console.log(typeof exports, typeof require, typeof module, typeof __filename, typeof __dirname);
console.log(module.exports === exports, typeof module.id);
console.log(arguments.length, arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(typeof arguments[3], typeof arguments[4]);
console.log(typeof require.resolve, typeof require.cache);
var g = (function () { return this; })();
console.log(typeof g.exports, typeof g.module, typeof g.require);
console.log(__filename.length > __dirname.length);
console.log(typeof module.exports, typeof module.require);
console.log(Object.prototype.toString.call(module.exports));
