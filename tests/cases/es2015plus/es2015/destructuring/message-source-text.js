// V8 names the destructured value by its source text and the pattern's first key (parameters and nested patterns differ).
const t = (f) => { try { f(); } catch (e) { console.log(e.message); } };
let u, n = null; const o = {}; function f() {}
t(() => { const { a } = u; });
t(() => { const { a } = o.x; });
t(() => { const { a } = f(); });
t(() => { const { a } = o['x']; });
t(() => { const { [u]: a } = null; });
t(() => { const { ...a } = null; });
t(() => { const { a: { b } } = {}; });
t(() => { let a; ({ a } = n); });
t(() => { (function ({ x }) {})(); });
t(() => { (function ({ x }) {})(undefined); });
t(() => { ((...[{ x }]) => {})(null); });
t(() => { const [{ a }] = [null]; });
t(() => { const { 'a-b': c } = null; });
t(() => { const { 1: c } = null; });
t(() => { const {} = u; });
t(() => { const { a } = (0, null); });
t(() => { const { a } = u || n; });
