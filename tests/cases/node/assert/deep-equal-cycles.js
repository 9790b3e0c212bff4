// Deep equality terminates on cyclic structures.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

var a = { name: 'x' }; a.self = a;
var b = { name: 'x' }; b.self = b;
t('equal-cycles', function () { assert.deepStrictEqual(a, b); });
t('loose-cycles', function () { assert.deepEqual(a, b); });
var c = { name: 'x' }; c.self = { name: 'x', self: c };
t('unrolled', function () { assert.deepEqual(a, c); });
var arr1 = [1]; arr1.push(arr1);
var arr2 = [1]; arr2.push(arr2);
t('arrays', function () { assert.deepStrictEqual(arr1, arr2); });
