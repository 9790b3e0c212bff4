// Destructuring errors: null/undefined sources, non-iterables, nested missing objects with V8's messages.
function attempt(label, f) { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
attempt('null obj', () => { const { a } = null; });
attempt('undefined obj', () => { const { a } = undefined; });
attempt('empty pattern null', () => { const {} = null; });
attempt('number iterable', () => { const [a] = 1; });
attempt('nested missing', () => { const { a: { b } } = {}; });
attempt('undefined array', () => { const [a] = undefined; });
attempt('param null', () => { (function ({ x }) {})(null); });
attempt('empty object from number', () => { const {} = 5; });
