class Outer {
  #secret = 'outer secret';
  makeInner() {
    var outer = this;
    return new (class Inner {
      #secret = 'inner secret';
      read() { try { return [this.#secret, outer.#secret]; } catch (e) { return [this.#secret, e.message]; } }
    })();
  }
  static peek(o) { return o.#secret; }
}
var o = new Outer();
console.log(o.makeInner().read());
console.log(Outer.peek(o));
try { Outer.peek(o.makeInner()); } catch (e) { console.log(e.message); }
