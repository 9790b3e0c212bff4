// ES2020: globalThis, String.prototype.matchAll, Promise.allSettled, dynamic import of a core module.
console.log(typeof globalThis, globalThis === global, Object.getOwnPropertyDescriptor(globalThis, 'globalThis').enumerable);
const matches = [...'a1b22c333'.matchAll(/\d+/g)];
console.log(matches.map(m => m[0] + '@' + m.index).join(' '));
const named = [...'k1=v1;k2=v2'.matchAll(/(?<k>\w+)=(?<v>\w+)/g)].map(m => m.groups.k + ':' + m.groups.v);
console.log(named.join(','));
try { 'abc'.matchAll(/b/); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([...'aaa'.matchAll('a')].length);
Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no')), 3]).then(rs => {
  console.log(rs.map(r => r.status + ':' + (r.value ?? r.reason.message)).join(' '));
});
