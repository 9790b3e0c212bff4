// Many pushes and pops keep values and length consistent.
var a = [];
for (var i = 0; i < 1000; i++) a.push(i * 2);
var sum = 0;
while (a.length > 500) sum += a.pop();
console.log(a.length, sum, a[499], a[500]);
for (var j = 0; j < 10; j++) a.unshift(-j);
console.log(a.length, a[0], a[9], a[10]);
a.splice(5, 490);
console.log(a.length, a.slice(0, 6).join(","));
