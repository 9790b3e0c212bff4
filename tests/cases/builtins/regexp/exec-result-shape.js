// exec's result: an array with index, input and groups; null on no match.
var m = /(b)(c)?/.exec("abd");
console.log(Array.isArray(m), m.length, m[0], m[1], m[2], m.index, m.input, m.groups);
console.log(Object.keys(m).join(","), JSON.stringify(m));
console.log(/z/.exec("abc"), /z/.exec("abc") === null);
console.log(/d/.exec().index, /undefined/.exec()[0], /null/.exec(null)[0], /1/.exec(1).input === "1");
var o = { toString: function () { return "xyz"; } };
console.log(/y/.exec(o).index, /y/.exec(o).input);
try { RegExp.prototype.exec.call({}, "a"); } catch (e) { console.log(e.name + ": " + e.message); }
