class A { greet() { return 'hi from A'; } static who() { return 'static A'; } }
class B extends A {
  g = super.greet();
  static w = super.who();
  greet() { return 'B'; }
}
console.log(new B().g, B.w);
