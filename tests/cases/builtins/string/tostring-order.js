// ToString of an object calls toString before valueOf; ToPrimitive with hint number the reverse.
var log = [];
var o = {
  toString: function () { log.push("toString"); return "s"; },
  valueOf: function () { log.push("valueOf"); return 7; }
};
"x".concat(o); console.log(log.join(","));
log = []; "abc".indexOf("a", o); console.log(log.join(","));
log = []; "abc".charAt(o); console.log(log.join(","));
log = []; "" + o; console.log(log.join(","));
log = []; `${o}`; console.log(log.join(","));
var p = { toString: function () { log.push("ts2"); return {}; }, valueOf: function () { log.push("vo2"); return "v"; } };
log = []; console.log(String(p), log.join(","));
var bad = { toString: function () { return {}; }, valueOf: function () { return {}; } };
try { String(bad); } catch (e) { console.log(e.name, e.message); }
