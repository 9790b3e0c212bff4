// typeof binds tighter than binary operators and accepts any expression.
console.log(typeof 1 === "number", typeof (1) === "number");
console.log(typeof "a" + "b", typeof ("a" + "b"));
console.log(typeof !0, typeof -"1", typeof [] + [], typeof typeof null);
var o = { fn: function () {} };
console.log(typeof o.fn, typeof o.missing, typeof o["fn"]());
console.log(typeof (function () { return 1; })(), typeof function () {});
console.log(typeof new Object(), typeof Object(), typeof Object(1), typeof Object("s"));
console.log(typeof String(1), typeof new String(1), typeof Boolean(0), typeof Number("1"));
console.log(typeof [1, 2].length, typeof "abc".charAt, typeof Math.PI);
