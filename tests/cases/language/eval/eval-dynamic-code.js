// Building code as strings and evaluating it: expressions, functions and loops.
var ops = ["+", "-", "*", "/", "%"];
var results = [];
for (var i = 0; i < ops.length; i++) results.push(eval("17 " + ops[i] + " 5"));
console.log(results.join(" "));
var fnSource = "(function (x) { return x * x; })";
var square = eval(fnSource);
console.log(square(9), typeof square);
var generated = eval("[" + [1, 2, 3].map(function (n) { return "'" + "item" + n + "'"; }).join(",") + "]");
console.log(generated.join(" "), generated.length);
var obj = eval("({ a: 1, b: [2, 3], c: { d: 'e' } })");
console.log(obj.b[1], obj.c.d);
var counter = 0;
eval("for (var j = 0; j < 5; j++) counter += j;");
console.log(counter, j);
