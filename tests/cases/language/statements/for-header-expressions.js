// Any expression can appear in a for header; the init runs once, the test before each pass.
var log = [];
function step(name, v) { log.push(name); return v; }
for (step("init", 0); step("test", log.length < 6); step("update", 0)) log.push("body");
console.log(log.join(" "));
var obj = { i: 0 };
for (obj.i = 5; obj.i < 8; obj.i++) {}
console.log(obj.i);
var arr = [];
for (var i = 0, j = 10; i < j; i += 4, j -= 1) arr.push(i + "/" + j);
console.log(arr.join(" "));
var k;
for (k in { only: 1 }) ;
for (var n = 0, total = 0; n <= 100; total += n, n++) ;
console.log(k, total);
