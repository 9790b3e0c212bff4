// Mutating methods return lengths or elements, not the array; chaining needs care.
var a = [1];
var r1 = a.push(2, 3);
var r2 = a.unshift(0);
var r3 = a.pop();
var r4 = a.shift();
var r5 = a.reverse();
var r6 = a.sort();
var r7 = a.splice(0, 1);
console.log(r1, r2, r3, r4, r5 === a, r6 === a, Array.isArray(r7), r7.join());
console.log(a.join(","), a.concat(9) === a, a.slice() === a);
var b = [3, 1, 2];
console.log(b.sort().reverse().join(""), b.join(""));
console.log([].push(), [].unshift(), [5].splice(0, 0).length);
