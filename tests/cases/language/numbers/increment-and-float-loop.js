// Loops with fractional steps accumulate error; integer counters stay exact.
var values = [];
for (var x = 0; x < 1; x += 0.2) values.push(x);
console.log(values.length, values.join(" "));
var ints = [];
for (var i = 0; i < 5; i++) ints.push(i / 5);
console.log(ints.join(" "));
var y = 0.5;
y++;
y += 0.25;
console.log(y, y * 4, y / 0.25);
var count = 0;
for (var z = 1e15; z < 1e15 + 5; z++) count++;
console.log(count);
