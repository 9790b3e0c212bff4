// Node's extra globals exist alongside the standard ones; checked only with typeof.
var names = ["console", "process", "Buffer", "setTimeout", "clearTimeout", "setInterval", "setImmediate", "global", "globalThis"];
for (var i = 0; i < names.length; i++) {
  console.log(names[i], eval("typeof " + names[i]));
}
var g = (function () { return this; })();
console.log(g.global === g, typeof window, typeof document);
console.log(typeof g.console.log, typeof g.process.exit);
console.log(typeof g.require, typeof g.module, typeof g.exports);
console.log(typeof queueMicrotask, typeof clearInterval, typeof clearImmediate);
