// matchAll clones the regexp (lastIndex kept) and its iterator has the right prototype.
var re = /(\w)(\d)/g;
re.lastIndex = 2;
var it = "a1b2c3".matchAll(re);
console.log(re.lastIndex, JSON.stringify([...it].map(function (m) { return m[0]; })), re.lastIndex);
var proto = Object.getPrototypeOf("x".matchAll(/x/g));
console.log(proto[Symbol.toStringTag], typeof proto.next, Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
var empty = "abc".matchAll(/z/g);
console.log(JSON.stringify(empty.next()), JSON.stringify(empty.next()));
console.log([..."aaa".matchAll(/a*?/g)].length, [..."xyz".matchAll(/$/g)][0].index);
