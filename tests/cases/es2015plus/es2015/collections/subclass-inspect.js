class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 2]]), new MyMap(), new MySet([1]), new MySet());
console.log(Object.prototype.toString.call(new MyMap()), new MyMap() instanceof Map);
const nullProto = new Map([[1, 2]]);
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
