// setDefaultEncoding() validates the name; decodeStrings: false shows the encoding used.
var Writable = require('stream').Writable;
var w = new Writable({ decodeStrings: false, write: function (c, enc, cb) { console.log('enc', enc); cb(); } });
w.setDefaultEncoding('LATIN1');
w.write('x');
try {
  w.setDefaultEncoding('nope');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  w.write('y', 'bogus');
} catch (e) {
  console.log(e.code, e.message);
}
