var log = [];
class A { a = log.push('A field'); constructor() { log.push('A ctor'); } }
class B extends A {
  b = log.push('B field ' + (this.a !== undefined));
  constructor() { log.push('B before super'); super(); log.push('B after super'); }
}
class C extends B { c = log.push('C field'); }
new C();
console.log(log.join(', '));
