// Stack frames name the functions on the call path, innermost first.
function outer() { return middle(); }
function middle() { return inner(); }
function inner() { return new Error("deep").stack; }
var lines = outer().split("\n");
console.log(lines[0]);
console.log(lines.slice(1, 4).map(function (l) { return l.trim().split(" ")[1]; }).join(" "));
var anon = (function () { return new Error("a").stack.split("\n")[1].trim(); })();
console.log(anon.indexOf("at ") === 0, /stack-frames\.js:\d+:\d+/.test(anon));
