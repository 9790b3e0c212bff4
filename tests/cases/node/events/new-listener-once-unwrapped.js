// newListener receives the unwrapped function for once(); added inside newListener goes first.
var EventEmitter = require('events');
var e = new EventEmitter();
function later() { console.log('later'); }
e.once('newListener', function (name, fn) {
  console.log('adding', name, fn === later);
  e.on(name, function first() { console.log('first'); });
});
e.once('go', later);
e.emit('go');
e.emit('go');
