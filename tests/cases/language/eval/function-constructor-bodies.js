// The Function constructor accepts parameter lists split across arguments and joins them with commas.
var f1 = Function("a", "b", "c", "return [a, b, c].join('-')");
var f2 = Function("a, b", "c", "return [a, b, c].join('-')");
var f3 = Function("a,b,c", "return [a, b, c].join('-')");
console.log(f1(1, 2, 3), f2(1, 2, 3), f3(1, 2, 3));
console.log(f1.length, f2.length, f3.length);
var withComment = Function("a // comment", "return a");
console.log(withComment("comment param ok"));
var empty = Function();
console.log(typeof empty(), empty.length);
try { Function("a", "return a +"); } catch (e) { console.log(e.name); }
try { Function("a)", "return a"); } catch (e) { console.log(e.name); }
