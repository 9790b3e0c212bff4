// util.pump moves data from a readable to a writable, pausing on a full writer (v0.8 manual).
// Expectation recorded by hand from the v0.8.16 manual (util.pump); node 20 removed it.
var util = require('util');
var EventEmitter = require('events');
var reader = new EventEmitter();
reader.pause = function () { console.log('paused'); };
reader.resume = function () { console.log('resumed'); };
var writer = new EventEmitter();
var count = 0;
writer.write = function (chunk) { console.log('write', chunk); return ++count !== 2; };
writer.end = function () { console.log('end'); writer.emit('close'); };
util.pump(reader, writer, function (err) { console.log('callback', err); });
reader.emit('data', 'a');
reader.emit('data', 'b');
writer.emit('drain');
reader.emit('data', 'c');
reader.emit('end');
reader.emit('close');
