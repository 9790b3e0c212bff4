// URLSearchParams constructed from strings, records, iterables and other URLSearchParams.
console.log(new URLSearchParams().toString(), new URLSearchParams(null).toString(), new URLSearchParams('').toString());
console.log(new URLSearchParams({ a: '1', b: [2, 3], c: null, d: undefined }).toString());
console.log(new URLSearchParams([['x', 1], ['y', 'z'], ['x', '2']]).toString());
var src = new URLSearchParams('k=v');
var copy = new URLSearchParams(src);
copy.append('k', 'w');
console.log(src.toString(), copy.toString());
console.log(new URLSearchParams(12345).toString(), new URLSearchParams('a=%zz&b=%E2%82%AC&c=%F0%9F').toString());
console.log(new URLSearchParams('a=b=c&=d&&e=').toString());
console.log(new URLSearchParams({ 'ñ': '~*.-_!\'()' }).toString());
[[['a']], [['a', 'b', 'c']], [1], 'x'].forEach(function (init) {
  try {
    console.log(new URLSearchParams(typeof init === 'string' ? [init] : init).toString());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
var p = new URLSearchParams();
try {
  p.get();
} catch (e) {
  console.log(e.code, e.message);
}
try {
  p.append('x');
} catch (e) {
  console.log(e.code, e.message);
}
