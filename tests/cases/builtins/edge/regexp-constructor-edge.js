// The RegExp constructor: flags validation, source escaping, RegExp(re) identity, Symbol.match-marked objects.
var re = /a\/b/g;
console.log(RegExp(re) === re, new RegExp(re) === re, RegExp(re, 'i').flags, new RegExp(re).lastIndex, new RegExp('/', 'g').source, String(new RegExp('\n')));
['gg', 'x', 'uv', 'dgimsuy'].forEach(function (f) { try { console.log(new RegExp('a', f).flags); } catch (e) { console.log(e.name, e.message); } });
try { new RegExp('('); } catch (e) { console.log(e.name, e.message); }
try { new RegExp('[b-a]'); } catch (e) { console.log(e.name, e.message); }
console.log(new RegExp().source, new RegExp(undefined).source, new RegExp('').toString(), new RegExp(null).source, new RegExp(123, undefined).source);
var fake = { source: 'fake', flags: 'm', constructor: RegExp };
fake[Symbol.match] = true;
console.log(RegExp(fake) === fake, new RegExp(fake).source, new RegExp(fake).flags);
console.log(Object.prototype.toString.call(RegExp.prototype), RegExp.prototype.toString.call({ source: 'x', flags: 'q' }));
