// events: EventEmitter emit throughput: listeners with 0-3 arguments, several listeners per
// event, once() listeners added and fired, and listeners added and removed in a loop.
var EventEmitter = require('events');

function Counter() {
  EventEmitter.call(this);
  this.total = 0;
}
Counter.prototype = Object.create(EventEmitter.prototype);
Counter.prototype.constructor = Counter;

var e = new Counter();
var sum = 0;
e.on('tick', function () { sum += 1; });
e.on('one', function (a) { sum += a; });
e.on('two', function (a, b) { sum += a ^ b; });
e.on('three', function (a, b, c) { sum = (sum + a * b + c) % 1000000007; });
for (var k = 0; k < 4; k++) {
  e.on('many', function (x) { this.total = (this.total + x + k) % 1000003; });
}

function churn(n) {
  var fired = 0;
  function listener() { fired++; }
  for (var i = 0; i < n; i++) {
    e.on('churn', listener);
    e.emit('churn');
    e.removeListener('churn', listener);
    e.once('single', listener);
    e.emit('single');
    e.emit('single');
  }
  return fired;
}

var checksum = 0;
for (var round = 0; round < 4; round++) {
  for (var i = 0; i < 20000; i++) {
    e.emit('tick');
    e.emit('one', i);
    e.emit('two', i, round);
    e.emit('three', i, 3, round);
    e.emit('many', i);
    e.emit('nobody', i);
  }
  checksum = (checksum * 31 + sum + e.total + churn(2000) + e.listenerCount('many')) % 1000000007;
}
console.log('events ' + checksum);
