// Arrays longer than 100 items are cut off; long output wraps onto several lines.
var big = [];
for (var i = 0; i < 120; i++) big.push(i);
console.log(big);
var words = [];
for (var j = 0; j < 30; j++) words.push("word" + j);
console.log(words);
console.log([1.5, 22.25, 333.125, 4444.0625, 5, 6, 7, 8, 9, 10]);
var exactly100 = [];
for (var k = 0; k < 100; k++) exactly100.push(k % 3);
console.log(exactly100.length, exactly100);
