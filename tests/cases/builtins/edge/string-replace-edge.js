// String replace edge cases: $ patterns with missing groups, $<name>, replacer arguments with named groups, special chars.
console.log('abc'.replace('b', '$&$&'), 'abc'.replace('b', "$`|$'"), 'abc'.replace('b', '$$'), 'abc'.replace('b', '$1'), 'abc'.replace('b', '$'));
console.log('abc'.replace(/(b)/, '[$1][$2][$01][$10]'), 'abcdefghijk'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11-$10-$100'));
console.log('2020-01-05'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y> $<nope>.'), 'x'.replace(/x/, '$<y>'));
console.log('a1b2'.replace(/(?<d>\d)/g, function () { var a = arguments; return '[' + typeof a[a.length - 1] + ':' + a[a.length - 1].d + '@' + a[a.length - 3] + ']'; }));
console.log('aaa'.replace('a', function (m, off, str) { return off + str; }), 'x'.replace('x', function () { return undefined; }));
console.log('abc'.replace(/b/, { toString: function () { return '$&!'; } }), 'abc'.replace({ toString: function () { return 'c'; } }, 'C'));
console.log('one two'.replace(/(\w+) (\w+)/, '$2 $1'), '$1.50'.replace('$1', '€'), 'a.b.c'.replace(/\./g, '\\'));
