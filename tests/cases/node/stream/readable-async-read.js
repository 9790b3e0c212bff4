// _read that pushes later (setImmediate): chunks arrive one per turn.
var Readable = require('stream').Readable;
var i = 0;
var r = new Readable({ objectMode: true, read: function () {
  var self = this;
  console.log('_read called', i);
  setImmediate(function () { i++; self.push(i < 4 ? i : null); });
} });
r.on('data', function (d) { console.log('data', d); });
r.on('end', function () { console.log('end'); });
r.on('close', function () { console.log('close'); });
