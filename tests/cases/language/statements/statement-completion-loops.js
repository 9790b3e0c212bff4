// Completion values of loops and blocks as reported by eval.
console.log(eval("var n = 0; while (n < 3) n++;"));
console.log(eval("for (var i = 0; i < 2; i++) { 'iter' + i }"));
console.log(eval("for (var k in { a: 1, b: 2 }) k;"));
console.log(eval("do { 'once' } while (false)"));
console.log(eval("{ 1; { 2; } }"));
console.log(eval("lbl: { 3; break lbl; }"));
console.log(eval("var c = 0; while (true) { c++; if (c > 2) break; c; }"));
console.log(eval("for (var j = 0; j < 3; j++) { if (j === 1) continue; j * 100 }"));
console.log(eval("1; var x = 5;"));
console.log(eval("2; function f() {}"));
