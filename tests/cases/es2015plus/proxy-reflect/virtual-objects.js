// Virtual objects: proxies over nothing that compute properties, report keys and descriptors consistently.
const range = (lo, hi) => new Proxy({}, {
  has: (t, k) => typeof k === 'string' && /^\d+$/.test(k) && +k >= lo && +k < hi,
  get: (t, k) => k === 'length' ? hi - lo : typeof k === 'string' && /^\d+$/.test(k) && +k >= lo && +k < hi ? +k * +k : undefined,
  ownKeys: () => Array.from({ length: hi - lo }, (_, i) => String(lo + i)),
  getOwnPropertyDescriptor: (t, k) => /^\d+$/.test(k) && +k >= lo && +k < hi ? { value: +k * +k, enumerable: true, configurable: true, writable: false } : undefined,
});
const r = range(2, 6);
console.log(r[3], r[10], 3 in r, 10 in r, r.length, Object.keys(r).join(), JSON.stringify(r), JSON.stringify(Object.entries(r)));
console.log(Array.prototype.map.call({ length: 4, __proto__: r }, x => x ?? '-').join());
const env = new Proxy({}, { get: (t, k) => typeof k === 'string' ? `<${k.toLowerCase()}>` : undefined });
const { HOME, USER } = env;
console.log(HOME, USER, `${env.PATH}`);
