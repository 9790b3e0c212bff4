// A minimal observable with map/filter operators, teardown, and Symbol.observable-like interop via closures.
class Observable {
  constructor(subscribe) { this._subscribe = subscribe; }
  static of(...values) { return new Observable(o => { values.forEach(v => o.next(v)); o.complete(); return () => console.log('teardown of'); }); }
  subscribe(observer) {
    let closed = false;
    const safe = {
      next: v => { if (!closed) observer.next?.(v); },
      complete: () => { if (!closed) { closed = true; observer.complete?.(); } },
    };
    const teardown = this._subscribe(safe);
    return { unsubscribe() { closed = true; teardown?.(); } };
  }
  pipe(...ops) { return ops.reduce((src, op) => op(src), this); }
}
const map = f => src => new Observable(o => src.subscribe({ next: v => o.next(f(v)), complete: () => o.complete() }).unsubscribe);
const filter = p => src => new Observable(o => src.subscribe({ next: v => p(v) && o.next(v), complete: () => o.complete() }).unsubscribe);
const got = [];
const sub = Observable.of(1, 2, 3, 4, 5).pipe(filter(x => x % 2), map(x => x ** 2)).subscribe({ next: v => got.push(v), complete: () => console.log('done', got.join(',')) });
sub.unsubscribe();
