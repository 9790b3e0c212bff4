console.log(Map[Symbol.species] === Map, Set[Symbol.species] === Set);
const d = Object.getOwnPropertyDescriptor(Map, Symbol.species);
console.log(typeof d.get, d.set, d.configurable, d.enumerable, d.get.name);
class Sub extends Set {}
console.log(Sub[Symbol.species] === Sub);
