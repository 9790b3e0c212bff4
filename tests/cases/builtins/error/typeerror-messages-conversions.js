// V8's TypeError messages from ToPrimitive, ToObject and Symbol conversions.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { return 1 + { valueOf: function () { return {}; }, toString: function () { return {}; } }; }));
console.log(msg(function () { return Symbol("x") * 2; }));
console.log(msg(function () { return "" + Symbol("y"); }));
console.log(msg(function () { return Object.assign(null, {}); }));
console.log(msg(function () { return Object.entries(undefined); }));
console.log(msg(function () { return Array.prototype.map.call(null, String); }));
console.log(msg(function () { return String.prototype.trim.call(null); }));
console.log(msg(function () { return "abc".localeCompare.call(undefined, "x"); }));
console.log(msg(function () { return new Symbol(); }));
console.log(msg(function () { return [].reduce(function (a, b) { return a + b; }); }));
