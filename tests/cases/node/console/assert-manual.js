// console.assert follows the v0.8 manual: a false expression throws an AssertionError
// with the message (node 20 only prints "Assertion failed" to stderr).
// Expectation recorded by hand from the v0.8.16 manual (console.assert).
console.assert(true, 'not thrown');
console.assert(1);
try { console.assert(false, 'value was %s', 'wrong'); } catch (e) {
  console.log(e.name, e.code, JSON.stringify(e.message), e.actual, e.expected, e.operator);
}
try { console.assert(0); } catch (e) {
  console.log(e.name, JSON.stringify(e.message));
}
try { console.assert(null, { key: 'v' }); } catch (e) {
  console.log(JSON.stringify(e.message));
}
console.log('done');
