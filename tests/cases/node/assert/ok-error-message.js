// A message that is an Error is thrown as is.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

try { assert.ok(false, new TypeError('own error')); } catch (e) { console.log(e.name, e.message, e instanceof TypeError); }
try { assert.equal(1, 2, new RangeError('range')); } catch (e) { console.log(e.name, e.message); }
try { assert.fail(new SyntaxError('syn')); } catch (e) { console.log(e.name, e.message); }
