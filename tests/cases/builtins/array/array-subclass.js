// Classes extending Array keep exotic length behaviour and their own methods.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
s.length = 1;
console.log(s.length, s.peek());
s[5] = "x";
console.log(s.length);
var mapped = s.map(function (v) { return v; });
console.log(mapped instanceof Stack, mapped.length);
var viaOf = Stack.of(7, 8);
console.log(viaOf instanceof Stack, viaOf.peek(), new Stack(3).length);
