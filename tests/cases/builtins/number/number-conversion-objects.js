// Number(value) for non-strings: ToPrimitive with hint number, valueOf before toString.
console.log(Number(null), Number(undefined), Number(true), Number(false));
console.log(Number([]), Number([5]), Number(["7"]), Number([1, 2]), Number({}));
console.log(Number(new Date(5)), Number(new Number(3)), Number(new String(" 4 ")), Number(new Boolean(true)));
var log = [];
var obj = {
  valueOf: function () { log.push("valueOf"); return {}; },
  toString: function () { log.push("toString"); return "42"; }
};
console.log(Number(obj), log.join(","));
try { Number({ valueOf: function () { return {}; }, toString: function () { return {}; } }); }
catch (e) { console.log(e.name + ": " + e.message); }
try { Number(Symbol("s")); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Number(), new Number().valueOf(), typeof new Number(1), typeof Number(1));
console.log(+"", +" 0x10 ", -"3", +[], +{}, +[[[2]]]);
