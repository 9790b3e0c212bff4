// assert.notDeepStrictEqual.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('differ', function () { assert.notDeepStrictEqual({ a: 1 }, { a: '1' }); });
t('same', function () { assert.notDeepStrictEqual({ a: 1 }, { a: 1 }); });
t('same-prim', function () { assert.notDeepStrictEqual(5, 5); });
t('same-long', function () { assert.notDeepStrictEqual('abcdef', 'abcdef'); });
t('arrays', function () { assert.notDeepStrictEqual([1, 2], [1, 2]); });
