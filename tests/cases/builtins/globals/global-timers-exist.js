// The v0.8 timer globals are enumerable functions on the global object.
var names = ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(globalThis, names[i]);
  console.log(names[i], typeof globalThis[names[i]], d !== undefined);
}
var order = [];
var t = setTimeout(function () { order.push("timeout"); }, 0);
setImmediate(function () { order.push("immediate"); });
clearTimeout(t);
setTimeout(function () { console.log(order.join(","), typeof t); }, 5);
