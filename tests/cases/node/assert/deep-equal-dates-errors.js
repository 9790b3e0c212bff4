// Deep equality of dates, regexps and errors with extra properties.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, JSON.stringify(e.message)); }
}
var d1 = new Date(0), d2 = new Date(0);
d2.extra = 1;
t('date-extra', function () { assert.deepStrictEqual(d1, d2); });
var r1 = /a/, r2 = /a/;
r2.lastIndex = 3;
t('regexp-lastIndex', function () { assert.deepStrictEqual(r1, r2); });
var e1 = new Error('m'), e2 = new Error('m');
e2.code = 'X';
t('error-extra', function () { assert.deepStrictEqual(e1, e2); });
t('error-loose', function () { assert.deepEqual(new Error('a'), new Error('a')); });
