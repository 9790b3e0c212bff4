const bad = { then() { throw new Error('then threw'); } };
Promise.resolve(bad).catch(e => console.log('caught:', e.message));
const late = { then(res) { res('ok'); throw new Error('ignored'); } };
Promise.resolve(late).then(v => console.log('late resolved:', v));
const getter = {};
Object.defineProperty(getter, 'then', { get() { throw new TypeError('getter threw'); } });
Promise.resolve(getter).catch(e => console.log('getter:', e.constructor.name, e.message));
const nonFn = { then: 5 };
Promise.resolve(nonFn).then(v => console.log('non-callable then: fulfilled with object', v.then));
