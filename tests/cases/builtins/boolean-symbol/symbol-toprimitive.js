// Symbol.toPrimitive receives the hint and overrides valueOf and toString.
var log = [];
var o = { [Symbol.toPrimitive]: function (hint) { log.push(hint); return hint === "number" ? 42 : "str"; } };
console.log(+o, `${o}`, o + "", o * 2, String(o), o == "str", o < 50);
console.log(log.join(","));
var bad = { [Symbol.toPrimitive]: function () { return {}; } };
try { +bad; } catch (e) { console.log(e.name, e.message); }
var notFn = { [Symbol.toPrimitive]: 1 };
try { +notFn; } catch (e) { console.log(e.name, e.message); }
var nul = { [Symbol.toPrimitive]: null, valueOf: function () { return 7; } };
console.log(+nul);
var d = new Date(0);
console.log(typeof d[Symbol.toPrimitive]("number"), typeof d[Symbol.toPrimitive]("default"));
try { d[Symbol.toPrimitive]("bogus"); } catch (e) { console.log(e.name, e.message); }
