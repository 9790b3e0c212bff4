// ES2019: Array flat/flatMap, Object.fromEntries, String trimStart/trimEnd, Symbol description, optional catch binding.
console.log(JSON.stringify([1, [2, [3, [4]]]].flat()), JSON.stringify([1, [2, [3, [4]]]].flat(Infinity)), JSON.stringify([1, [2, [3]]].flat(0)));
console.log(JSON.stringify([1, , 3].flat()), JSON.stringify([[1, 2], [3]].flatMap(x => x)), JSON.stringify([1, 2].flatMap(x => [[x * 2]])));
console.log(JSON.stringify(['a b', 'c'].flatMap(s => s.split(' '))));
console.log(JSON.stringify(Object.fromEntries([['a', 1], ['b', [2]]])), JSON.stringify(Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k, v * 10]))));
console.log(JSON.stringify('  hi  '.trimStart()), JSON.stringify('  hi  '.trimEnd()), String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name);
console.log(Symbol('x').description, Symbol().description, Symbol('').description);
try { throw new Error('ignored'); } catch { console.log('optional catch binding'); }
try { Object.fromEntries([1]); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(JSON.stringify(JSON.parse('"\u2028\u2029"')), eval('"\u2028"').length);
console.log(JSON.stringify('\uD800'), JSON.stringify('\uDC00x'), JSON.stringify('😀'));
console.log([3, 1, 2].sort().join(), Function.prototype.toString.call(function /* c */ f ( a ) { }));
