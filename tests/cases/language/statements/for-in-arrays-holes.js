// for-in over arrays skips holes, includes extra properties, and yields string keys.
var a = [1, , 3];
a[6] = 7;
a.name = "arr";
var keys = [];
for (var k in a) keys.push(k);
console.log(keys.join(","));
var sum = 0;
for (k in a) if (k !== "name") sum += a[k];
console.log(sum);
var firstKey;
for (k in [10, 20]) { firstKey = k; break; }
console.log(firstKey, typeof firstKey, firstKey + 1);
Array.prototype.extraMethod = function () {};
keys = [];
for (k in [1]) keys.push(k);
console.log(keys.join(","));
delete Array.prototype.extraMethod;
keys = [];
for (k in [1]) keys.push(k);
console.log(keys.join(","));
