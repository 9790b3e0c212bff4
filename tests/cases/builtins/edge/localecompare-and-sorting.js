// localeCompare orderings (en) for case, accents and punctuation, and sorting with it.
var words = ['resume', 'résumé', 'Resume', 'rèsume', 'a', 'B', 'c', 'A', '_x', '1', '10', '2'];
console.log(words.slice().sort(function (a, b) { return a.localeCompare(b); }).join(' '));
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'), 'é'.localeCompare('e'));
console.log(''.localeCompare('a'), 'a'.localeCompare(''), 'ä'.localeCompare('z', 'de'));
console.log('a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'accent' }));
console.log(['10', '9', '2', '1'].sort(function (a, b) { return a.localeCompare(b, undefined, { numeric: true }); }).join());
console.log('a1'.localeCompare('a01', undefined, { numeric: true }), 'x9'.localeCompare('x10', undefined, { numeric: true }), 'x9'.localeCompare('x10'));
try { 'a'.localeCompare('b', undefined, { sensitivity: 'bogus' }); } catch (e) { console.log(e.name, e.message); }
