// Nullish coalescing: only null/undefined fall through; short-circuit; mixing with || && needs parentheses.
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
let calls = 0;
const f = () => { calls++; return 'rhs'; };
console.log(1 ?? f(), null ?? f(), calls);
console.log((null || undefined) ?? 'x', null ?? (0 || 'y'), null ?? null ?? 'third');
try { eval('null || undefined ?? 1'); } catch (e) { console.log(e.constructor.name); }
try { eval('1 && null ?? 2'); } catch (e) { console.log(e.constructor.name); }
const config = { timeout: 0, retries: null };
console.log(config.timeout ?? 100, config.retries ?? 3, config.missing?.deep ?? 'fallback');
console.log(typeof (undefined ?? function () {}));
