// listeners() and rawListeners() with a mix of on and once.
var EventEmitter = require('events');
var e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
console.log(e.listeners('x').map(function (f) { return f.name; }).join(','));
console.log(e.rawListeners('x').map(function (f) { return f.name || 'wrapper'; }).length, e.rawListeners('x')[1].listener === b);
e.emit('x');
console.log(e.listeners('x').length, e.listeners('x')[0] === a);
