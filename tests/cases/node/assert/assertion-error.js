// AssertionError's properties and constructor.
var assert = require('assert');
try { assert.strictEqual(1, 2); } catch (e) {
  console.log(e instanceof assert.AssertionError, e instanceof Error, e.name, e.code);
  console.log(e.actual, e.expected, e.operator, e.generatedMessage);
  console.log(Object.keys(e).join(','));
  console.log(String(e).split('\n')[0]);
  console.log(e.stack.split('\n')[0]);
}
var custom = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 'mine' });
console.log(custom.message, custom.generatedMessage, custom.name, custom.code);
var generated = new assert.AssertionError({ actual: 'a', expected: 'b', operator: '===' });
console.log(generated.message, generated.generatedMessage);
try { new assert.AssertionError(null); } catch (e) { console.log(e.name, e.code, e.message); }
