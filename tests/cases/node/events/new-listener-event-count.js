// Adding a newListener listener itself fires newListener for existing ones only.
var EventEmitter = require('events');
var e = new EventEmitter();
var seen = [];
e.on('newListener', function (name) { seen.push(name); });
e.on('newListener', function () {});
e.on('data', function () {});
console.log(seen.join(','));
