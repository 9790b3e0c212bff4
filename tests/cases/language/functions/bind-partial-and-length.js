// bind with partial arguments: resulting length and argument order.
function sum4(a, b, c, d) { return [a, b, c, d].join("+"); }
var s1 = sum4.bind(null, 1);
var s2 = s1.bind(null, 2);
var s3 = s2.bind(null, 3, 4, 5);
console.log(s1.length, s2.length, s3.length);
console.log(s1(2, 3, 4), s2(3, 4), s3(), s3(6));
console.log(s1.name, s2.name);
function ctx() { return this.tag + ":" + Array.prototype.join.call(arguments, ","); }
var first = ctx.bind({ tag: "first" }, "x");
var second = first.bind({ tag: "second" }, "y");
console.log(first("z"), second("z"));
console.log(typeof first.call, first.apply({ tag: "ignored" }, ["w"]));
