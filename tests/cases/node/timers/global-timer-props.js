// The contract makes only v0.8's own globals enumerable (setImmediate is not one): node 20 lists
// setImmediate/clearImmediate too, so this expectation was written by hand.
var keys = Object.keys(global).filter(function (k) { return /Timeout|Interval|Immediate/.test(k); });
console.log(keys.sort().join(','));
console.log(typeof setImmediate, typeof clearImmediate, 'setImmediate' in global);
// v0.8's own globals are enumerable; setImmediate is not (it came later).
console.log(Object.getOwnPropertyDescriptor(global, 'setTimeout').enumerable,
  Object.getOwnPropertyDescriptor(global, 'setImmediate').enumerable);
