class A {
  #x = 1;
  static isA(o) { return #x in o; }
  static read(o) { return o.#x; }
  static write(o) { o.#x = 5; return o.#x; }
}
class B extends A {}
console.log(A.isA(new A()), A.isA(new B()), A.isA({}), A.isA(A));
try { A.isA(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { A.read({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { A.write({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(A.write(new B()));
