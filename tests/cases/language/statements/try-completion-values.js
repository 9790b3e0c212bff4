// Completion values of try statements as seen through eval.
console.log(eval("try { 1 } finally { 2 }"));
console.log(eval("try { throw 0 } catch (e) { 3 } finally { 4 }"));
console.log(eval("5; try { } finally { }"));
console.log(eval("6; try { 7 } catch (e) { }"));
console.log(eval("L: try { 8; break L; } finally { 9 }"));
console.log(eval("if (true) { 10 } else { 11 }"));
console.log(eval("12; if (false) { 13 }"));
console.log(eval("var x = 1; x++; x"));
console.log(eval("for (var i = 0; i < 3; i++) i * 10"));
console.log(eval("14; while (false) {}"));
console.log(eval("switch (1) { case 1: 15; case 2: 16; break; case 3: 17 }"));
console.log(eval("do { 18; break; } while (true)"));
