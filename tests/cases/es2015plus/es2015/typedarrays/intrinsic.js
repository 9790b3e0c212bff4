var TA = Object.getPrototypeOf(Int8Array);
console.log(TA.name, TA.length, Object.getPrototypeOf(Uint8Array.prototype) === TA.prototype);
console.log(TA.prototype.toString === Array.prototype.toString, TA.prototype[Symbol.iterator] === TA.prototype.values);
console.log(Object.getOwnPropertyNames(TA.prototype).join(' '));
