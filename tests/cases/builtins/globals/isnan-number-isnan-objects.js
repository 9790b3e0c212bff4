// isNaN calls valueOf/toString of objects; Number.isNaN never converts.
var log = [];
var o = { valueOf: function () { log.push("valueOf"); return NaN; } };
console.log(isNaN(o), Number.isNaN(o), log.join(","));
var s = { toString: function () { return "12"; }, valueOf: undefined };
console.log(isNaN(s), isFinite(s), isFinite({ valueOf: function () { return Infinity; } }));
try { isFinite({ valueOf: function () { throw new Error("from valueOf"); } }); } catch (e) { console.log(e.message); }
console.log(isNaN(new Date("x")), isNaN(new Date(0)), isNaN("  "), isNaN("\n1\n"));
