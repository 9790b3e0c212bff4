// A Transform without _transform errors with ERR_METHOD_NOT_IMPLEMENTED.
var Transform = require('stream').Transform;
var t = new Transform();
t.on('error', function (e) { console.log(e.code, e.message); });
try {
  t.write('x');
} catch (e) {
  console.log('thrown', e.code, e.message);
}
