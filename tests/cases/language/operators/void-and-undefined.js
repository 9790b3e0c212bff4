// void returns undefined after evaluating its operand; undefined is a global that may be shadowed.
var side = 0;
console.log(void side++, side);
console.log(void 0 === undefined);
(function () {
  var undefined = 42;
  console.log(undefined, void 0);
})();
(function (undefined) {
  console.log(typeof undefined);
})("shadowed");
function noReturn() {}
console.log(noReturn() === void 0);
undefined = 5;
console.log(undefined);
