// Long values in loose messages are cut at 512 characters.
var assert = require('assert');
function t(label, f) {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}

var long = 'x'.repeat(600);
t('equal', function () { assert.equal(long, 'y'); });
t('notDeepEqual', function () { assert.notDeepEqual([long], [long]); });
