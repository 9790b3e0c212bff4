// domain.dispose() is documented by the v0.8 manual (removed in later node): timers that
// are members are cleared, bound callbacks no longer run, and 'dispose' is emitted.
// Expected output written by hand from the manual.
var domain = require('domain');
var d = domain.create();
d.on('dispose', function () { console.log('dispose event'); });
var t = setTimeout(function () { console.log('member timer (must not run)'); }, 10);
d.add(t);
var bound = d.bind(function () { console.log('bound (must not run)'); });
d.dispose();
bound();
console.log('members', d.members.length);
setTimeout(function () { console.log('end'); }, 20);
