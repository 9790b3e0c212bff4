// Wrapping functions with proxies: memoisation, argument validation, timing-free tracing, preserving name/length.
const memoize = fn => { const cache = new Map(); return new Proxy(fn, { apply(t, self, args) { const k = JSON.stringify(args); if (!cache.has(k)) cache.set(k, Reflect.apply(t, self, args)); return cache.get(k); } }); };
let calls = 0;
const slowSquare = memoize(function square(n) { calls++; return n * n; });
console.log(slowSquare(4), slowSquare(4), slowSquare(5), calls, slowSquare.name, slowSquare.length);
const typed = (fn, ...types) => new Proxy(fn, { apply(t, self, args) { args.forEach((a, i) => { if (typeof a !== types[i]) throw new TypeError(`argument ${i} of ${t.name} must be ${types[i]}`); }); return Reflect.apply(t, self, args); } });
const add = typed(function add(a, b) { return a + b; }, 'number', 'number');
console.log(add(1, 2));
try { add(1, '2'); } catch (e) { console.log(e.message); }
const trace = [];
const traced = new Proxy({ greet(n) { return 'hi ' + n; } }, { get(t, k, r) { const v = Reflect.get(t, k, r); return typeof v === 'function' ? new Proxy(v, { apply(f, self, args) { trace.push(`${String(k)}(${args})`); return Reflect.apply(f, self, args); } }) : v; } });
console.log(traced.greet('ann'), trace.join());
