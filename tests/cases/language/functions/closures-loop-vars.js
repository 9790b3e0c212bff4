// Loop variables declared with var are shared by all closures created in the loop.
var list = [];
for (var i = 0; i < 4; i++) {
  list.push(function () { return i * i; });
}
var out = [];
for (var j = 0; j < list.length; j++) out.push(list[j]());
console.log(out.join(","));
var handlers = {};
var names = ["a", "b", "c"];
for (var n = 0; n < names.length; n++) {
  var name = names[n];
  handlers[name] = function () { return name; };
}
console.log(handlers.a(), handlers.b(), handlers.c());
var captured = [];
for (var k = 0; k < 3; k++) {
  (function () {
    var local = k;
    captured.push(function () { return local; });
  })();
}
console.log(captured[0](), captured[1](), captured[2]());
var viaArg = [];
for (var m = 0; m < 3; m++) viaArg.push(function (v) { return function () { return v; }; }(m));
console.log(viaArg[0]() + viaArg[1]() + viaArg[2]());
