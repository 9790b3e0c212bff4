// eval of function expressions, declarations and object literals yields different values.
console.log(typeof eval("function declared() { return 1; }"));
console.log(typeof eval("(function expressed() { return 1; })"));
console.log(typeof eval("var v = function () {}"));
console.log(typeof eval("{ a: 1 }"), eval("{ a: 1 }"));
console.log(typeof eval("({ a: 1 })"), eval("({ a: 1 })").a);
console.log(eval("[1, 2, 3]").length, eval("'str'").length);
console.log(eval("1; function later() {}"), eval("'first'; var x;"));
console.log(eval("(function () { return arguments.length; })(1, 2)"));
console.log(eval("typeof declared"), typeof declared);
