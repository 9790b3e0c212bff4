// Line continuations, whitespace characters and line terminators inside strings.
var s = "one \
two \
three";
console.log(s, s.length);
var ws = " \t\v\f\u00a0\ufeff\u2000\u3000";
console.log(ws.length, ws.trim().length);
console.log("a\u2028b".split("\u2028").length);
console.log("x\r\ny".split(/\r?\n/).join("|"));
console.log(/\s/.test("\u00a0"), /\s/.test("\ufeff"), /\s/.test("\u200b"));
console.log("tab\tseparated\tvalues".split("\t").length);
