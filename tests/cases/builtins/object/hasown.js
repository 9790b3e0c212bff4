// Object.hasOwn and hasOwnProperty check own properties only.
var proto = { inherited: 1 };
var o = Object.create(proto);
o.own = undefined;
console.log(Object.hasOwn(o, "own"), Object.hasOwn(o, "inherited"), o.hasOwnProperty("own"));
console.log(o.hasOwnProperty("inherited"), "inherited" in o, Object.hasOwn([1], 0), Object.hasOwn("ab", "1"));
console.log(Object.hasOwn([], "length"), Object.prototype.hasOwnProperty.call("ab", "length"));
var bare = Object.create(null);
bare.k = 1;
console.log(Object.hasOwn(bare, "k"), Object.prototype.hasOwnProperty.call(bare, "k"));
try { Object.hasOwn(null, "x"); } catch (e) { console.log(e.name, e.message); }
try { Object.prototype.hasOwnProperty.call(undefined, "x"); } catch (e) { console.log(e.name, e.message); }
var s = Symbol();
o[s] = 1;
console.log(Object.hasOwn(o, s), o.hasOwnProperty({ toString: function () { return "own"; } }));
console.log(Object.hasOwn.length, Object.prototype.hasOwnProperty.length);
