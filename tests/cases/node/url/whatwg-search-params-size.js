// URLSearchParams#size and has/delete with a value.
var p = new URLSearchParams('a=1&a=2&b=3');
console.log(p.size, p.has('a', '2'), p.has('a', '5'));
p.delete('a', '1');
console.log(p.toString(), p.size);
p.delete('b');
p.delete('a');
console.log(JSON.stringify(p.toString()), p.size);
var u = new URL('http://x/?q=1');
u.searchParams.delete('q');
console.log(u.href, JSON.stringify(u.search));
