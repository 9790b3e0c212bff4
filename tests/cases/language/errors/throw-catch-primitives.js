// Any value can be thrown and caught unchanged.
function tryThrow(v) {
  try { throw v; } catch (e) { return e; }
}
console.log(tryThrow(42), tryThrow("text"), tryThrow(true), tryThrow(null), tryThrow(undefined));
console.log(typeof tryThrow(NaN), tryThrow(-0) === 0, 1 / tryThrow(-0));
var obj = { k: 1 };
console.log(tryThrow(obj) === obj);
var arr = [1, 2];
console.log(tryThrow(arr) === arr, tryThrow(arr).length);
var fn = function () { return "thrown function"; };
console.log(tryThrow(fn)());
console.log(tryThrow(tryThrow) === tryThrow);
