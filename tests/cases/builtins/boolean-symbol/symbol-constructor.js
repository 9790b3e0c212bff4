// Symbol makes unique values; it cannot be used with new.
var a = Symbol("desc"), b = Symbol("desc");
console.log(typeof a, a === b, a.toString(), String(b), a.description);
console.log(Symbol().toString(), Symbol().description, Symbol("").description === "", Symbol(undefined).description);
console.log(Symbol(null).toString(), Symbol(123).description, Symbol({}).description);
try { new Symbol(); } catch (e) { console.log(e.name, e.message); }
console.log(Symbol.length, Symbol.name, typeof Symbol.prototype);
var log = [];
Symbol({ toString: function () { log.push("toString"); return "t"; } });
console.log(log.join(","));
