// Top-level var and function declarations in a CommonJS module stay local to the module.
var moduleVar = "module";
function moduleFn() { return "fn"; }
var g = (function () { return this; })();
console.log(typeof g.moduleVar, typeof g.moduleFn);
console.log(moduleVar, moduleFn());
console.log(typeof exports, typeof module, typeof require, typeof __filename, typeof __dirname);
console.log(this === module.exports, this === exports);
console.log(arguments.length, typeof arguments[0]);
globalLeak = "on the global object";
console.log(g.globalLeak, typeof globalLeak);
delete g.globalLeak;
console.log(typeof globalLeak);
