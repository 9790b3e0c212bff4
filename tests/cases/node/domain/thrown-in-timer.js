var domain = require('domain');
var EE = require('events');
var d = domain.create();
d.on('error', function (e) {
  console.log('domain caught', e.message, e.domainThrown, e.domain === d, !!e.domainEmitter);
});
d.run(function () {
  setTimeout(function () { throw new Error('in timer'); }, 1);
  var e = new EE();
  console.log(e.domain === d);
  e.emit('error', new Error('emitted'));
  process.nextTick(function () { throw new Error('tick'); });
});
setTimeout(function () { console.log('outside', process.domain); }, 20);
