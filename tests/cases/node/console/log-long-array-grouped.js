// console.log groups long arrays of short items into columns.
var names = [];
for (var i = 0; i < 26; i++) names.push('name' + String.fromCharCode(65 + i));
console.log(names);
var nums = [];
for (var j = 0; j < 100; j++) nums.push(j * 7 % 101);
console.log(nums);
console.log({ key: names.slice(0, 8) });
