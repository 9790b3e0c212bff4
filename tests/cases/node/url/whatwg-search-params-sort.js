// URLSearchParams#sort is stable and compares UTF-16 code units.
var p = new URLSearchParams('z=1&a=2&ü=3&a=1&B=4&b=5&=6&😀=7&\uFB03=8&a=0');
p.sort();
console.log(p.toString());
console.log(Array.from(p.keys()).join(','));
var u = new URL('http://x/?c=3&b=2&a=1');
u.searchParams.sort();
console.log(u.search);
