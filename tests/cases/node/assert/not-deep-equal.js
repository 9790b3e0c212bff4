// assert.notDeepEqual.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

t('differ', function () { assert.notDeepEqual({ a: 1 }, { a: 2 }); });
t('same', function () { assert.notDeepEqual({ a: 1 }, { a: 1 }); });
t('loose-same', function () { assert.notDeepEqual([1], ['1']); });
t('prims', function () { assert.notDeepEqual(1, 1); });
