// eval returns the completion value of the last statement, or non-strings unchanged.
console.log(eval("1 + 2"), eval("'a'; 'b'"), eval(""), eval("var v = 5"));
console.log(eval("function decl() {}"), typeof eval("(function expr() {})"));
console.log(eval(42), eval(null), typeof eval({}), eval([1, 2]).length);
var o = { a: 1 };
console.log(eval(o) === o);
console.log(eval("{}"), typeof eval("({})"));
console.log(eval("x = 3; x * x"));
console.log(eval("if (false) 1;"), eval("for (var i = 0; i < 2; i++) i;"));
console.log(eval("try { 'in try' } finally { 'in finally' }"));
console.log(eval("var arr = [1, 2]; arr.push(3); arr.length"));
console.log(eval(new String("1 + 1")) instanceof String);
