// setMaxListeners/getMaxListeners and defaultMaxListeners; invalid values throw RangeError.
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
console.log(e.setMaxListeners(3) === e, e.getMaxListeners());
e.setMaxListeners(0);
console.log(e.getMaxListeners());
[-1, NaN, 'x'].forEach(function (v) {
  try { e.setMaxListeners(v); } catch (err) { console.log(err.name, err.code, err.message); }
});
try { EventEmitter.defaultMaxListeners = -5; } catch (err) { console.log(err.name, err.message); }
