// An event emitter written with classes, rest/spread, WeakMap-held state and Symbol keys.
const listeners = new WeakMap();
const ANY = Symbol('any');
class Emitter {
  constructor() { listeners.set(this, new Map()); }
  on(name, fn) { const m = listeners.get(this); m.set(name, [...(m.get(name) ?? []), fn]); return this; }
  once(name, fn) { const wrap = (...args) => { this.off(name, wrap); fn(...args); }; return this.on(name, wrap); }
  off(name, fn) { const m = listeners.get(this); m.set(name, (m.get(name) ?? []).filter(f => f !== fn)); return this; }
  emit(name, ...args) {
    const m = listeners.get(this);
    const fns = [...(m.get(name) ?? []), ...(m.get(ANY) ?? []).map(f => (...a) => f(name, ...a))];
    fns.forEach(f => f(...args));
    return fns.length > 0;
  }
}
class Clock extends Emitter {
  #t = 0;
  tick(n = 1) { for (let i = 0; i < n; i++) this.emit('tick', ++this.#t); return this; }
}
const c = new Clock();
const seen = [];
c.on('tick', t => seen.push(`t${t}`)).once('tick', t => seen.push(`once${t}`)).on(ANY, (name, t) => seen.push(`${name}@${t}`));
c.tick(2);
console.log(seen.join(' '), c.emit('nothing'), c instanceof Emitter);
