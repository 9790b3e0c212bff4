// Loose deepEqual details: prototypes ignored, == for primitives, array extras.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

function A() { this.x = 1; }
function B() { this.x = 1; }
t('protos', function () { assert.deepEqual(new A(), new B()); });
t('strict-protos', function () { assert.deepStrictEqual(new A(), new B()); });
t('null-undef', function () { assert.deepEqual({ a: null }, { a: undefined }); });
t('str-num-arr', function () { assert.deepEqual(['1', 2], [1, '2']); });
var x = [1]; x.extra = 2;
t('array-extra', function () { assert.deepEqual(x, [1]); });
t('boxed', function () { assert.deepEqual(new Number(1), new Number(2)); });
t('date-vs-obj', function () { assert.deepEqual(new Date(0), {}); });
