// Early errors around yield, through the Function and GeneratorFunction constructors.
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
function t(make, src) { try { make(src); console.log('ok:', src); } catch (e) { console.log(e.constructor.name + ': ' + src); } }
t(GeneratorFunction, 'var yield;');
t(GeneratorFunction, 'function* inner() { yield 1; } yield inner;');
t(GeneratorFunction, 'function inner() { yield 1; }');
t(Function, '"use strict"; var yield;');
t(Function, 'var yield = 1; return yield;');
t(GeneratorFunction, 'yield\n* 1');
t(GeneratorFunction, 'yield * 1');
