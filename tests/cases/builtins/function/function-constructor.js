// The Function constructor compiles parameters and a body in the global scope.
var add = new Function("a", "b", "return a + b");
console.log(add(2, 3), add.length, add.name);
var multi = Function("a, b", "c", "return a * b * c");
console.log(multi(2, 3, 4), multi.length);
console.log(Function()(), typeof Function("return this")());
var x = "global";
(function () { var x = "local"; console.log(Function("return typeof x")()); })();
try { Function("a", "return a +"); } catch (e) { console.log(e.name); }
try { new Function("a b", ""); } catch (e) { console.log(e.name); }
console.log(add.toString());
console.log(Function.length, Function.name, Function.prototype.constructor === Function);
