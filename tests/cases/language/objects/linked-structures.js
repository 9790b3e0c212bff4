// Objects linked by references form stacks, queues and lists.
function Stack() { this.top = null; this.size = 0; }
Stack.prototype.push = function (v) { this.top = { value: v, next: this.top }; this.size++; return this; };
Stack.prototype.pop = function () {
  if (!this.top) return undefined;
  var v = this.top.value;
  this.top = this.top.next;
  this.size--;
  return v;
};
var s = new Stack().push(1).push(2).push(3);
console.log(s.size, s.pop(), s.pop(), s.size, s.pop(), s.pop(), s.size);
function fromArray(arr) {
  var head = null;
  for (var i = arr.length - 1; i >= 0; i--) head = { v: arr[i], next: head };
  return head;
}
function reverse(list) {
  var prev = null;
  while (list) { var next = list.next; list.next = prev; prev = list; list = next; }
  return prev;
}
function toArray(list) { var out = []; for (; list; list = list.next) out.push(list.v); return out; }
console.log(toArray(reverse(fromArray([1, 2, 3, 4]))).join(","));
