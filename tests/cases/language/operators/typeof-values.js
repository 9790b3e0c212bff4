// typeof for every kind of value.
console.log(typeof 1, typeof NaN, typeof Infinity);
console.log(typeof "s", typeof "", typeof String(1));
console.log(typeof true, typeof undefined, typeof null);
console.log(typeof {}, typeof [], typeof /x/);
console.log(typeof function () {}, typeof Math.max, typeof Object);
console.log(typeof new String("a"), typeof new Number(1), typeof new Boolean(true));
console.log(typeof Math, typeof JSON, typeof new Object(1));
console.log(typeof typeof 1);
console.log(typeof (1 + "1"), typeof (1 - "1"));
console.log(typeof void 0, typeof arguments);
