// Class bodies are strict; class declarations are not hoisted (TDZ); class names are block scoped.
class S {
  m() { return this; }
  n() { try { undeclaredVar = 1; } catch (e) { return e.constructor.name; } }
}
console.log(S.prototype.m.call(undefined), new S().n());
try { new Later(); } catch (e) { console.log(e.constructor.name, e.message); }
class Later {}
console.log(typeof Later);
{
  class Later { inner() { return 'inner'; } }
  console.log(new Later().inner());
}
console.log(typeof new Later().inner);
