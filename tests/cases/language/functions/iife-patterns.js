// Immediately invoked function expressions in their common forms, with module-style privacy.
var a = (function () { return "parens outside"; })();
var b = (function () { return "parens inside"; }());
var c = !function () { return "ignored"; }();
var d = +function () { return "7"; }();
var e = new function () { this.made = "via new"; }();
console.log(a, b, c, d, e.made);
var counterModule = (function () {
  var privateCount = 0;
  function change(by) { privateCount += by; }
  return {
    inc: function () { change(1); return privateCount; },
    value: function () { return privateCount; }
  };
})();
counterModule.inc(); counterModule.inc();
console.log(counterModule.value(), typeof privateCount, counterModule.privateCount);
var withArgs = (function (x, y) { return x * y; })(6, 7);
console.log(withArgs);
