var fired = false;
var t = setTimeout(function () { fired = true; console.log('fired after ref'); }, 5);
t.unref();
t.ref();
console.log(t.hasRef());
process.on('exit', function () { console.log('exit, fired =', fired); });
