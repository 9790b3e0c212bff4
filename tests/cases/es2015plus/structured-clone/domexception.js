// DOMException: constructor forms, legacy codes, inheritance from Error, toString tags.
const a = new DOMException('aborted', 'AbortError');
console.log(a.name, a.message, a.code, a instanceof Error, a instanceof DOMException, String(a), Object.prototype.toString.call(a));
const b = new DOMException();
console.log(JSON.stringify(b.name), JSON.stringify(b.message), b.code);
const c = new DOMException('custom', 'MyOwnError');
console.log(c.code, c.name, DOMException.DATA_CLONE_ERR, DOMException.ABORT_ERR, DOMException.INDEX_SIZE_ERR, c.TIMEOUT_ERR);
const d = new DOMException('with cause', { name: 'TimeoutError', cause: 'slow' });
console.log(d.name, d.code, d.cause);
console.log(typeof DOMException, DOMException.name, DOMException.length, Object.getOwnPropertyDescriptor(globalThis, 'DOMException').enumerable);
console.log(a.stack.split('\n')[0]);
try { DOMException('no new'); } catch (e) { console.log(e.name); }
