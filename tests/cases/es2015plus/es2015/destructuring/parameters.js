// Destructuring in parameters: defaults, nested, rest, function length, arguments object.
function f({ a, b = 2 } = {}, [c, d = 4] = [], ...rest) {
  return [a, b, c, d, rest.length, arguments.length].join(',');
}
console.log(f());
console.log(f({ a: 1 }, [3]));
console.log(f({ a: 1, b: 0 }, [3, null], 'x', 'y'));
console.log(f.length);
const g = ({ name, tags: [first, ...more] }) => name + ':' + first + '+' + more.length;
console.log(g({ name: 'n', tags: ['t1', 't2', 't3'] }));
function h(a, { b } = { b: a * 2 }) { return b; }
console.log(h(5), h(5, { b: 1 }), h.length);
const points = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
console.log(points.map(({ x, y }) => x * y).join(','));
console.log(Object.entries({ k1: 1, k2: 2 }).map(([k, v]) => k + '=' + v).join('&'));
