// IIFEs create private scopes, for example to capture loop values.
var handlers = [];
for (var i = 0; i < 3; i++) {
  (function (captured) {
    handlers.push(function () { return "handler " + captured; });
  })(i);
}
console.log(handlers.map(function (h) { return h(); }).join(", "));
var result = (function () {
  var hidden = "private";
  return { reveal: function () { return hidden; } };
})();
console.log(result.reveal(), typeof hidden);
(function () {
  var i = "shadowed inside IIFE";
  console.log(i);
})();
console.log(i);
var x = 1;
(function () { x = 2; var y = 3; })();
console.log(x, typeof y);
