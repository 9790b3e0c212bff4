// destroy() before construction finishes waits for construct, then closes.
var Readable = require('stream').Readable;
var r = new Readable({
  construct: function (cb) { console.log('construct'); setTimeout(function () { console.log('construct done'); cb(); }, 2); },
  read: function () {},
  destroy: function (err, cb) { console.log('_destroy'); cb(err); },
});
r.on('close', function () { console.log('close'); });
r.destroy();
console.log('destroy called');
