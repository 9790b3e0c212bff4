// String concat/Array join/toString of nested and cyclic arrays, null/undefined members, and sparse separators.
var cyc = [1, 2];
cyc.push(cyc);
console.log(String(cyc), cyc.join('-'), [[1, [2, [3]]], 4].toString(), [null, undefined, 1].join(), [null, undefined].join('') === '');
console.log('a'.concat(1, null, undefined, [2, 3], {}), ''.concat(), String.prototype.concat.call(1, 2));
console.log([1, 2, 3].join(undefined), [1, 2].join(null), [1, 2].join({ toString: function () { return '+'; } }), new Array(4).join('ab'));
var objs = [{ toString: function () { return 'x'; } }, { toString: null, valueOf: function () { return 'y'; } }];
console.log(objs.join());
try { [{ toString: null, valueOf: null }].join(); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '/'), Array.prototype.toString.call({ join: function () { return 'custom join'; } }), Array.prototype.toString.call({}));
