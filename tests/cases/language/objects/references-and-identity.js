// Objects are shared by reference; copies must be made explicitly.
var a = { v: 1, list: [1] };
var b = a;
b.v = 2;
console.log(a.v, a === b);
function mutate(o) { o.v = 3; o = { v: 99 }; return o.v; }
console.log(mutate(a), a.v);
function shallowCopy(o) { var c = {}; for (var k in o) if (o.hasOwnProperty(k)) c[k] = o[k]; return c; }
var c = shallowCopy(a);
c.v = 4;
c.list.push(2);
console.log(a.v, c.v, a.list.join(","), a.list === c.list);
var deep = JSON.parse(JSON.stringify(a));
deep.list.push(3);
console.log(a.list.length, deep.list.length);
var arr1 = [1, 2], arr2 = arr1;
arr2.length = 0;
console.log(arr1.length);
