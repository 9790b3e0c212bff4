// An exception thrown by the inner generator propagates through yield*.
function* inner() { yield 1; throw new TypeError('inner failure'); }
function* outer() {
  try { yield* inner(); } catch (e) { yield 'outer caught ' + e.constructor.name + ': ' + e.message; }
  yield 'continues';
}
console.log([...outer()]);
