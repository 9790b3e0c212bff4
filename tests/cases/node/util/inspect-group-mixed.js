// Column grouping with mixed lengths, numbers padded to the right.
var util = require('util');
var mixed = [];
for (var i = 0; i < 25; i++) mixed.push(i % 3 === 0 ? 'a'.repeat(i) : i * 1000);
console.log(util.inspect(mixed));
var nums = [];
for (var j = 0; j < 30; j++) nums.push(Math.pow(-3, j % 8));
console.log(util.inspect(nums));
var objs = [];
for (var k = 0; k < 8; k++) objs.push({ k: k });
console.log(util.inspect(objs));
