var t = setTimeout(function () { console.log('should be cleared by id'); }, 10);
var id = +t;
console.log(typeof id, id > 0, Number.isInteger(id), +t === id, String(t) === String(id));
clearTimeout(id);
var u = setTimeout(function () { console.log('cleared by string id?'); }, 10);
clearTimeout(String(+u));
setTimeout(function () { console.log('end'); }, 20);
