// Setters convert arguments with ToNumber before checking the receiver's time value.
var d = new Date(0);
console.log(d.setUTCFullYear("1999"), d.setUTCMonth("11", "31"), d.toISOString());
console.log(d.setUTCDate(true), d.setUTCHours(null), d.setUTCMinutes([]), d.toISOString());
console.log(d.setUTCSeconds(" 30 "), d.setUTCMilliseconds("1e2"), d.toISOString());
var log = [];
var bad = new Date(NaN);
bad.setUTCMonth({ valueOf: function () { log.push("month"); return 1; } }, { valueOf: function () { log.push("date"); return 1; } });
console.log(log.join(","), bad.getTime());
try { d.setUTCDate(Symbol()); } catch (e) { console.log(e.name + ": " + e.message); }
