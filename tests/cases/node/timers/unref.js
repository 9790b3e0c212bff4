var t = setTimeout(function () { console.log('never'); }, 100000);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
var i = setInterval(function () { console.log('never either'); }, 100000);
i.unref();
setTimeout(function () { console.log('done'); }, 5);
