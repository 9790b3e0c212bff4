// util.pump reports an error once through the callback (v0.8 manual).
// Expectation recorded by hand from the v0.8.16 manual (util.pump); node 20 removed it.
var util = require('util');
var EventEmitter = require('events');
var reader = new EventEmitter();
reader.destroy = function () { console.log('reader destroyed'); };
var writer = new EventEmitter();
writer.write = function () { return true; };
writer.end = function () { console.log('writer ended'); };
util.pump(reader, writer, function (err) { console.log('callback', err && err.message); });
writer.emit('error', new Error('disk full'));
reader.emit('error', new Error('second'));
