// Changes to built-in prototypes are visible to all values of that type.
Array.prototype.last = function () { return this[this.length - 1]; };
console.log([1, 2, 3].last(), [].last(), typeof [].last);
String.prototype.first = function () { return this.charAt(0); };
console.log("hello".first(), "".first() === "");
Object.defineProperty(Array.prototype, "sum", {
  value: function () { return this.reduce(function (a, b) { return a + b; }, 0); },
  configurable: true, writable: true
});
console.log([1, 2, 3].sum());
var keys = [];
for (var k in [1]) keys.push(k);
console.log(keys.join(","));
delete Array.prototype.last;
delete String.prototype.first;
delete Array.prototype.sum;
console.log(typeof [].last, typeof "".first, typeof [].sum);
