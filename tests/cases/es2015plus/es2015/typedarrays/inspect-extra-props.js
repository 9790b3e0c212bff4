var a = new Uint8Array(2);
a.name = 'x';
console.log(a);
class T extends Int16Array {}
console.log(new T(1));
