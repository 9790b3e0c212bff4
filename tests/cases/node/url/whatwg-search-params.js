// URLSearchParams: every method, and the link with a URL's query.
var p = new URLSearchParams('?a=1&b=2&a=3&c=x+y&d=%20z&e');
console.log(p.toString(), p.size);
console.log(p.get('a'), p.get('missing'), p.getAll('a'), p.getAll('none'), p.has('e'), p.has('a', '3'), p.has('a', '9'));
p.append('f', 'ü &=');
p.set('a', 'one');
p.delete('b');
console.log(p.toString());
p.delete('a', 'nope');
console.log(p.toString());
p.sort();
console.log(p.toString());
p.forEach(function (value, name, self) {
  console.log(name, '=', value, self === p);
});
console.log(Array.from(p.keys()), Array.from(p.values()), Array.from(p.entries()));
var list = [];
for (var pair of p) list.push(pair.join(':'));
console.log(list.join(' '));
var u = new URL('http://x.com/?q=1');
u.searchParams.append('r', 'a b');
console.log(u.href, u.search);
u.search = '?s=2';
console.log(u.searchParams.get('s'), u.searchParams.get('q'));
u.searchParams.delete('s');
console.log(u.href);
console.log(u.searchParams === u.searchParams);
