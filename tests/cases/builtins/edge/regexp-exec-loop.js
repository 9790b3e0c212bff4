// exec loops with the g and y flags, empty matches advancing lastIndex, and lastIndex coercion.
var re = /a*/g, s = 'baaab', out = [], m;
while ((m = re.exec(s)) !== null) { out.push(m.index + ':' + m[0]); if (m[0] === '') re.lastIndex++; if (re.lastIndex > s.length) break; }
console.log(out.join(' '));
console.log('baaab'.replace(/a*/g, '-'), 'abc'.split(/(?:)/).join(','), 'abc'.match(/x*/g).length);
var y = /\d/y;
y.lastIndex = '1';
console.log(y.test('a1'), y.lastIndex, y.test('a1'), y.lastIndex);
var g = /o/g;
g.lastIndex = -5;
console.log(g.exec('foo').index, g.lastIndex);
g.lastIndex = { valueOf: function () { return 2; } };
console.log(g.exec('foo').index);
var u = /./gu;
console.log('😀x'.match(u).length, '😀x'.match(/./g).length);
var empty = /(?:)/g;
console.log('ab'.replace(empty, '|'), JSON.stringify('ab'.match(empty)));
