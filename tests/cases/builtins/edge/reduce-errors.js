// reduce/reduceRight on empty and sparse arrays, callback errors, array-likes and strings.
try { [].reduce(function (a, b) { return a + b; }); } catch (e) { console.log(e.name, e.message); }
try { [, ,].reduceRight(function (a, b) { return a + b; }); } catch (e) { console.log(e.name, e.message); }
try { [1].reduce('nope'); } catch (e) { console.log(e.name, e.message); }
try { [1].map(null); } catch (e) { console.log(e.name, e.message); }
try { [1].forEach({}); } catch (e) { console.log(e.name, e.message); }
try { [1].filter(); } catch (e) { console.log(e.name, e.message); }
console.log([, 5, , 7].reduce(function (a, b) { return a + b; }), [5].reduce(function () { throw new Error('not called'); }));
console.log(Array.prototype.reduce.call('abc', function (a, c) { return c + a; }), Array.prototype.reduceRight.call({ length: 2, 0: 'x', 1: 'y' }, function (a, b) { return a + b; }, '>'));
var visited = [];
[1, 2, 3].reduce(function (acc, v, i, arr) { visited.push(i); if (i === 1) arr.pop(); return acc; }, 0);
console.log(visited.join());
