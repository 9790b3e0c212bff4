// RegExp.prototype.test with coercion, global state and a custom exec.
console.log(/a/.test("cat"), /^a/.test("cat"), /a/.test(), /undefined/.test(), /null/.test(null));
var g = /a/g;
console.log(g.test("aa"), g.test("aa"), g.test("aa"), g.lastIndex);
var custom = /x/;
custom.exec = function (s) { return s === "yes" ? [] : null; };
console.log(custom.test("yes"), custom.test("x"));
var bad = /x/;
bad.exec = function () { return 5; };
try { bad.test("x"); } catch (e) { console.log(e.name + ": " + e.message); }
try { RegExp.prototype.test.call(1, "a"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(RegExp.prototype.test.call({ exec: function () { return {}; } }, "q"));
