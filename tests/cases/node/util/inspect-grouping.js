// Arrays of more than six short items are printed in aligned columns.
var util = require('util');
var words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon'];
console.log(util.inspect(words));
var nums = [];
for (var i = 0; i < 40; i++) nums.push(i * i);
console.log(util.inspect(nums));
console.log(util.inspect(['console', 'global', 'process', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']));
console.log(util.inspect([1, 2, 3, 4, 5, 6]));
console.log(util.inspect([true, false, null, undefined, 1, 'a', 2.5]));
