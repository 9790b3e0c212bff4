// JSON.stringify edge cases: gap clipping, string gaps, symbols/functions in arrays vs objects, boxed values, -0.
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 20) === JSON.stringify({ a: [1, { b: 2 }] }, null, 10));
console.log(JSON.stringify([1, [2]], null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ f: function () {}, s: Symbol('x'), u: undefined, n: null }), JSON.stringify([function () {}, Symbol('x'), undefined]));
console.log(JSON.stringify(-0), JSON.stringify([-0, 0, NaN, Infinity, -Infinity]), JSON.stringify(new Number(3)), JSON.stringify(new String('s')), JSON.stringify(Object(false)));
console.log(JSON.stringify({ a: 1 }, null, new Number(2)), JSON.stringify({ a: 1 }, null, new String('--')), JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''));
console.log(JSON.stringify({ 1: 'one', b: 'bee', 0: 'zero' }, ['b', 0, 1, 'b']), JSON.stringify({ a: 1, b: 2 }, [new String('a'), new Number(1)]));
console.log(JSON.stringify('\u2028\u2029\u0000\u001f\u007f"\\'), JSON.stringify({ '\n': 1 }));
console.log(JSON.stringify(new Date(Date.UTC(2020, 0, 1))), JSON.stringify({ toJSON: function (k) { return 'key:' + k; } }), JSON.stringify({ x: { toJSON: function (k) { return 'key:' + k; } } }));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol()), typeof JSON.stringify(undefined));
