// How an AssertionError prints with console.log (stack replaced for determinism).
var assert = require('assert');
try { assert.strictEqual(1, 2); } catch (e) {
  e.stack = 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n';
  console.log(e);
}
try { assert.equal('x'.repeat(200), 'y'); } catch (e) {
  e.stack = 'AssertionError [ERR_ASSERTION]: short';
  console.log(e);
}
