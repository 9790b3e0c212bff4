// toString calls join, or falls back to Object.prototype.toString; toLocaleString calls each element's.
console.log([1, [2, 3]].toString(), [].toString() === "", [null, undefined].toString());
console.log(Array.prototype.toString.call({ join: function () { return "custom join"; } }));
console.log(Array.prototype.toString.call({ join: 1 }), Array.prototype.toString.call(function () {}));
var o = { toLocaleString: function () { return "L"; } };
console.log([o, o].toLocaleString(), [null, undefined, o].toLocaleString());
console.log([1, "a"].toLocaleString(), Array.prototype.toLocaleString.length);
try { [{ toLocaleString: 1 }].toLocaleString(); } catch (e) { console.log(e.name); }
try { Array.prototype.toString.call(null); } catch (e) { console.log(e.name, e.message); }
